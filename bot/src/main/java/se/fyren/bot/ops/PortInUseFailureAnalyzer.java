package se.fyren.bot.ops;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Names which of Fyren's two ports is taken, and the setting that moves it. Spring Boot's
 * own report says "configure this application to listen on another port", and an
 * administrator who set {@code SERVER_PORT} for a taken 8081 (a port many services use)
 * moved the web chat, not the management port that clashed. Before Spring's own analyzer;
 * a port that is neither of Fyren's is left to it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

	private final Environment environment;

	PortInUseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
		String port = String.valueOf(cause.getPort());
		String web = environment.getProperty("server.port", "8080");
		if (port.equals(environment.getProperty("management.server.port"))) {
			return new FailureAnalysis(
					"Port " + port + ", Fyren's management port (health, metrics and the feedback"
							+ " list, management.server.port), is already in use by another process.",
					"Stop the process listening on port " + port + ", or give Fyren's management port another number"
							+ " with FYREN_MANAGEMENT_PORT (the web chat stays on port " + web + "). Point monitoring"
							+ " at the new port; fyren feedback finds it by the same setting.",
					cause);
		}
		if (port.equals(web)) {
			return new FailureAnalysis(
					"Port " + port + ", Fyren's web chat port (server.port), is already in use by another process.",
					"Stop the process listening on port " + port + ", or give the web chat another port with"
							+ " SERVER_PORT (and the reverse proxy in front of it the same).",
					cause);
		}
		return null;
	}

}
