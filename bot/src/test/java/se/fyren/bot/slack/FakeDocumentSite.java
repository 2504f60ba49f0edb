package se.fyren.bot.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A web site serving documents over https on loopback, with a certificate made for the
 * test by the JDK's keytool: Fyren trusts it through
 * {@code fyren.documents.links.trust-store}, as an intranet's own authority.
 */
final class FakeDocumentSite implements AutoCloseable {

	static final String PASSWORD = "test-only";

	/** A document: its content type and bytes. */
	record Page(String contentType, byte[] bytes) {
	}

	private final HttpsServer server;

	private final Path trustStore;

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	private final List<String> requested = new CopyOnWriteArrayList<>();

	FakeDocumentSite(Path dir) {
		try {
			Path keys = dir.resolve("site.p12");
			Path certificate = dir.resolve("site.crt");
			trustStore = dir.resolve("trust.p12");
			keytool("-genkeypair", "-alias", "site", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext",
					"SAN=ip:127.0.0.1", "-validity", "2", "-keystore", keys.toString(), "-storetype", "PKCS12",
					"-storepass", PASSWORD);
			keytool("-exportcert", "-alias", "site", "-keystore", keys.toString(), "-storepass", PASSWORD, "-file",
					certificate.toString());
			keytool("-importcert", "-noprompt", "-alias", "site", "-file", certificate.toString(), "-keystore",
					trustStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
			KeyStore store = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(keys)) {
				store.load(in, PASSWORD.toCharArray());
			}
			KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			factory.init(store, PASSWORD.toCharArray());
			SSLContext tls = SSLContext.getInstance("TLS");
			tls.init(factory.getKeyManagers(), null, null);
			server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.setHttpsConfigurator(new HttpsConfigurator(tls));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | InterruptedException ex) {
			throw new IllegalStateException("Could not make the test site's certificate", ex);
		}
		server.createContext("/", exchange -> {
			try (exchange) {
				String path = exchange.getRequestURI().getPath();
				requested.add(path);
				Page page = pages.get(path);
				if (page == null) {
					exchange.sendResponseHeaders(404, -1);
					return;
				}
				exchange.getResponseHeaders().add("Content-Type", page.contentType());
				exchange.sendResponseHeaders(200, page.bytes().length);
				exchange.getResponseBody().write(page.bytes());
			}
		});
		server.start();
	}

	private static void keytool(String... args) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IOException("keytool failed: " + output);
		}
	}

	/** Serves the page at the path; its https address. */
	String serve(String path, Page page) {
		pages.put(path, page);
		return "https://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	Path trustStore() {
		return trustStore;
	}

	List<String> requested() {
		return requested;
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
