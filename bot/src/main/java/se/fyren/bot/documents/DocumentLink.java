package se.fyren.bot.documents;

import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.fyren.knowledge.ingest.DocumentReader;

/**
 * Fetches a document a team member gave as a link: https only, never from a private,
 * loopback or link-local address (unless an administrator named the host as the
 * organisation's own), each redirect checked the same way, within the size limit and the
 * timeout. What goes wrong is a {@link Refused} with the message key of its reason, told
 * in the reader's language; the link itself is never logged, it may carry a token.
 */
final class DocumentLink {

	private static final Logger log = LoggerFactory.getLogger(DocumentLink.class);

	/** Enough for a document portal's sign-in or CDN hop; more is a loop. */
	private static final int MAX_REDIRECTS = 3;

	private static final Pattern FILENAME = Pattern.compile("(?i)filename\\*?=(?:UTF-8'[^']*')?\"?([^\";]+)\"?");

	/** The extension a file name gets from its content type when its name has none. */
	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "text/plain", "txt",
			"text/markdown", "md", "text/html", "html");

	/** Built on the first fetch ({@link LinkClients}). */
	private final Supplier<HttpClient> http;

	private final LinkProperties properties;

	DocumentLink(Supplier<HttpClient> http, LinkProperties properties) {
		this.http = http;
		this.properties = properties;
	}

	/**
	 * A fetched document: the name it goes by, its size as the server gave it (-1 when
	 * not), and its bytes (at most the limit + 1; none when the server's size is already
	 * over the limit).
	 */
	record Fetched(String fileName, long size, byte[] bytes) {
	}

	Fetched fetch(String link, long maxBytes) throws Refused {
		URI uri = checked(link);
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			HttpResponse<InputStream> response = send(uri);
			int status = response.statusCode();
			if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
				close(response);
				uri = checked(uri.resolve(response.headers().firstValue("Location").get()).toString());
				continue;
			}
			try (InputStream body = response.body()) {
				if (status != 200) {
					log.info("A document link answered HTTP {}", status);
					throw new Refused("documents.link.status", status);
				}
				long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
				String name = fileName(uri, response);
				if (length > maxBytes) {
					return new Fetched(name, length, new byte[0]);
				}
				return new Fetched(name, length, body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
			}
			catch (IOException ex) {
				log.info("Reading a document link failed: {}", ex.getClass().getSimpleName());
				throw new Refused("documents.link.failed");
			}
		}
		throw new Refused("documents.link.redirects");
	}

	/** The link as a URI Fyren may fetch: https, to a public address or a named host. */
	private URI checked(String link) throws Refused {
		URI uri;
		try {
			uri = new URI(link);
		}
		catch (URISyntaxException ex) {
			throw new Refused("documents.link.invalid");
		}
		if (!"https".equalsIgnoreCase(uri.getScheme())) {
			throw new Refused("documents.link.notHttps");
		}
		String host = uri.getHost();
		if (host == null || uri.getUserInfo() != null) {
			throw new Refused("documents.link.invalid");
		}
		String bare = IDN.toASCII(host.replaceAll("^\\[|\\]$", "")).toLowerCase(Locale.ROOT);
		if (properties.privateHosts().contains(bare)) {
			return uri;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(bare);
		}
		catch (UnknownHostException ex) {
			throw new Refused("documents.link.unknownHost", host);
		}
		for (InetAddress address : addresses) {
			if (internal(address)) {
				log.info("A document link to an internal address was refused");
				throw new Refused("documents.link.private", host);
			}
		}
		return uri;
	}

	/**
	 * Loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast,
	 * unspecified and IPv6 unique-local addresses: none a public document lives at.
	 */
	static boolean internal(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
		return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || carrierNat || uniqueLocal;
	}

	private HttpResponse<InputStream> send(URI uri) throws Refused {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.timeout()).GET().build();
		try {
			return http.get().send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (java.net.http.HttpTimeoutException ex) {
			// Whole seconds as a number, which the message writes in the reader's
			// language, in the singular for the shortest timeout allowed (one second).
			throw new Refused("documents.link.timeout", properties.timeout().toSeconds());
		}
		catch (IOException ex) {
			log.info("Fetching a document link failed: {}", ex.getClass().getSimpleName());
			throw new Refused("documents.link.failed");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Refused("documents.link.failed");
		}
	}

	private static void close(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ex) {
			log.debug("Closing a redirect's body failed", ex);
		}
	}

	/**
	 * The server's name for the file, else the link's last path segment, with the
	 * extension its content type gives when it has none Fyren reads.
	 */
	private static String fileName(URI uri, HttpResponse<InputStream> response) {
		String name = response.headers()
			.firstValue("Content-Disposition")
			.map(FILENAME::matcher)
			.filter(Matcher::find)
			.map(found -> URLDecoder.decode(found.group(1), StandardCharsets.UTF_8))
			.orElseGet(() -> {
				String path = uri.getPath() == null ? "" : uri.getPath();
				return path.substring(path.lastIndexOf('/') + 1);
			});
		if (name.isBlank()) {
			name = uri.getHost();
		}
		Optional<String> extension = response.headers()
			.firstValue("Content-Type")
			.map(type -> type.replaceAll(";.*", "").strip().toLowerCase(Locale.ROOT))
			.map(EXTENSIONS::get);
		int dot = name.lastIndexOf('.');
		String given = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (!DocumentReader.EXTENSIONS.contains(given) && extension.isPresent()) {
			name = name + "." + extension.get();
		}
		return name;
	}

}
