package se.fyren.bot.infra;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Fyren's address as people and chat servers reach it, for the absolute links in cards:
 * the year wheel's picture and calendar feed, a dialogue chain's exports. The configured
 * {@code fyren.public-url} when there is one; otherwise the address of the request being
 * answered (behind a proxy, its {@code X-Forwarded-*} headers, which
 * {@code server.forward-headers-strategy} applies), and outside a request this host on
 * the port Fyren listens on.
 */
@Component
@EnableConfigurationProperties(PublicAddress.Settings.class)
public class PublicAddress {

	private final String base;

	private final Environment environment;

	PublicAddress(Settings settings, Environment environment) {
		this.environment = environment;
		String url = settings.publicUrl() == null ? "" : settings.publicUrl().strip();
		if (url.isEmpty()) {
			this.base = null;
			return;
		}
		URI parsed = URI.create(url);
		if (!parsed.isAbsolute() || parsed.getHost() == null) {
			throw new IllegalArgumentException(
					"fyren.public-url must be an absolute http(s) address, was '" + url + "'");
		}
		this.base = url.replaceAll("/+$", "");
	}

	/** The absolute address of a path of Fyren's ({@code /wheel/kommun.png}). */
	public String link(String path) {
		String absolute = path.startsWith("/") ? path : "/" + path;
		return base() + absolute;
	}

	/** Whether links follow the request, for lack of a configured address. */
	public boolean fromRequest() {
		return base == null;
	}

	private String base() {
		if (base != null) {
			return base;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString().replaceAll("/+$", "");
		}
		return "http://localhost:"
				+ environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
	}

	@ConfigurationProperties("fyren")
	record Settings(String publicUrl) {
	}

}
