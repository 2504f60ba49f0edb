package se.fyren.bot.documents;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The HTTP client document links are fetched with: no redirects of its own (each is
 * checked, {@link DocumentLink}), a connect timeout, the JVM's proxy, and the JDK's
 * certificate authorities plus an intranet's own when
 * {@code fyren.documents.links.trust-store} names one.
 * <p>
 * The client is built on the first link fetched, not at start: building it sets up the
 * JDK's TLS (its default {@link SSLContext} with the certificate authorities, about 180
 * classes and 0.2–0.4 CPU seconds of a 2-core machine's start) for a command most days
 * never see. A trust store that was named is still read at start, so a wrong one stops
 * the start as before.
 */
final class LinkClients {

	private LinkClients() {
	}

	static Supplier<HttpClient> client(LinkProperties properties) {
		SSLContext own = properties.trustStore() != null ? sslContext(properties) : null;
		return new Supplier<>() {

			private HttpClient client;

			@Override
			public synchronized HttpClient get() {
				if (this.client == null) {
					this.client = build(properties, own);
				}
				return this.client;
			}

		};
	}

	private static HttpClient build(LinkProperties properties, SSLContext own) {
		// The JVM's proxy settings (https.proxyHost), as for Slack and Microsoft.
		HttpClient.Builder builder = HttpClient.newBuilder()
			.proxy(ProxySelector.getDefault())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.timeout());
		if (own != null) {
			builder.sslContext(own);
		}
		return builder.build();
	}

	private static SSLContext sslContext(LinkProperties properties) {
		try {
			KeyStore own = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(properties.trustStore())) {
				own.load(in, properties.trustStorePassword().toCharArray());
			}
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { new EitherTrust(trust(null), trust(own)) }, null);
			return context;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(
					"fyren.documents.links.trust-store cannot be read: " + properties.trustStore(), ex);
		}
	}

	private static X509ExtendedTrustManager trust(KeyStore store) throws GeneralSecurityException {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(store);
		return Arrays.stream(factory.getTrustManagers())
			.filter(X509ExtendedTrustManager.class::isInstance)
			.map(X509ExtendedTrustManager.class::cast)
			.findFirst()
			.orElseThrow(() -> new GeneralSecurityException("No X.509 trust manager"));
	}

	/** Trusts a server either authority set trusts; Fyren is never the server here. */
	private static final class EitherTrust extends X509ExtendedTrustManager {

		private final X509ExtendedTrustManager jdk;

		private final X509ExtendedTrustManager own;

		EitherTrust(X509ExtendedTrustManager jdk, X509ExtendedTrustManager own) {
			this.jdk = jdk;
			this.own = own;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
				throws CertificateException {
			try {
				jdk.checkServerTrusted(chain, authType, engine);
			}
			catch (CertificateException ex) {
				own.checkServerTrusted(chain, authType, engine);
			}
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
				throws CertificateException {
			try {
				jdk.checkServerTrusted(chain, authType, socket);
			}
			catch (CertificateException ex) {
				own.checkServerTrusted(chain, authType, socket);
			}
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			try {
				jdk.checkServerTrusted(chain, authType);
			}
			catch (CertificateException ex) {
				own.checkServerTrusted(chain, authType);
			}
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
				throws CertificateException {
			throw new CertificateException("Fyren fetches documents; it takes no client certificates");
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
				throws CertificateException {
			throw new CertificateException("Fyren fetches documents; it takes no client certificates");
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			throw new CertificateException("Fyren fetches documents; it takes no client certificates");
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			X509Certificate[] a = jdk.getAcceptedIssuers();
			X509Certificate[] b = own.getAcceptedIssuers();
			X509Certificate[] all = Arrays.copyOf(a, a.length + b.length);
			System.arraycopy(b, 0, all, a.length, b.length);
			return all;
		}

	}

}
