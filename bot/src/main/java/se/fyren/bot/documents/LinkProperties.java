package se.fyren.bot.documents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Documents given as a link ({@code fyren.documents.links.*}; defaults in
 * application.yml).
 *
 * @param timeout the longest a download may take, connecting included
 * @param privateHosts host names (or addresses) on the organisation's own network that
 * Fyren may fetch from although they resolve to a private address; every other private,
 * loopback or link-local address is refused
 * @param trustStore a PKCS12 file with the certificate of an intranet's own certificate
 * authority, trusted besides the JDK's; unset: the JDK's only
 * @param trustStorePassword its password
 */
@ConfigurationProperties("fyren.documents.links")
public record LinkProperties(@DefaultValue("60s") Duration timeout, @DefaultValue List<String> privateHosts,
		Path trustStore, @DefaultValue("") String trustStorePassword) {

	/** A download needs at least this long to connect and start. */
	static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);

	public LinkProperties {
		if (timeout.compareTo(MIN_TIMEOUT) < 0) {
			throw new IllegalArgumentException(
					"fyren.documents.links.timeout must be at least " + MIN_TIMEOUT + ", was " + timeout);
		}
		privateHosts = privateHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).toList();
	}

}
