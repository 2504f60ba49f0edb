package se.fyren.bot.infra;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Fyren's address as people and chat servers reach it ({@code fyren.public-url}), for the
 * absolute links in cards: the year wheel's picture and calendar feed, a dialogue chain's
 * exports.
 */
@Component
@EnableConfigurationProperties(PublicAddress.Settings.class)
public class PublicAddress {

	private final String base;

	PublicAddress(Settings settings) {
		String url = settings.publicUrl() == null ? "" : settings.publicUrl().strip();
		URI parsed = URI.create(url);
		if (!parsed.isAbsolute() || parsed.getHost() == null) {
			throw new IllegalArgumentException(
					"fyren.public-url must be an absolute http(s) address, was '" + url + "'");
		}
		this.base = url.replaceAll("/+$", "");
	}

	/** The absolute address of a path of Fyren's ({@code /wheel/kommun.png}). */
	public String link(String path) {
		return base + (path.startsWith("/") ? path : "/" + path);
	}

	@ConfigurationProperties("fyren")
	record Settings(String publicUrl) {
	}

}
