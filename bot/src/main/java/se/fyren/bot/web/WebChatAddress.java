package se.fyren.bot.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start where the web chat is, so whoever started Fyren can open it. */
@Component
class WebChatAddress {

	private static final Logger log = LoggerFactory.getLogger(WebChatAddress.class);

	private static final String MANAGEMENT = "management";

	private final Environment environment;

	WebChatAddress(Environment environment) {
		this.environment = environment;
	}

	@EventListener
	void started(WebServerInitializedEvent event) {
		// The management port (health, metrics) starts a server of its own: not the chat.
		if (MANAGEMENT.equals(event.getApplicationContext().getServerNamespace())) {
			return;
		}
		String host = environment.getProperty("server.address", "localhost");
		String shown = host.isBlank() || host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
		log.info("The web chat is at http://{}:{}/ (listening on {})", shown, event.getWebServer().getPort(),
				host.isBlank() ? "all addresses" : host);
	}

}
