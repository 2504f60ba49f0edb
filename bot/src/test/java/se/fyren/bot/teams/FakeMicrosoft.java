package se.fyren.bot.teams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Microsoft at the wire, for the tests: a loopback HTTP server with the Bot Framework's
 * OpenID metadata and signing keys ({@code /openid}, {@code /keys}), the
 * client-credentials token endpoint ({@code /token}) and a Bot Connector
 * ({@code /connector/v3/...}) that records every call and can be told to throttle. It
 * signs test tokens with its own RSA key, as the Bot Framework signs the real ones.
 */
public final class FakeMicrosoft implements AutoCloseable {

	public static final String APP_ID = "5f1b9b2e-fyren-test-app";

	static final String KEY_ID = "fake-botframework-key";

	static final String CONNECTOR_TOKEN = "connector-token-for-fyren";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CONNECTOR = "/connector/v3/conversations/";

	/**
	 * A request as the fake received it, with its path decoded, when (System.nanoTime),
	 * and the id the connector gave the activity it posted (null for other calls).
	 */
	public record Call(String method, String path, String authorization, String body, long receivedNanos, String id) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		/** The first Adaptive Card of a posted activity. */
		JsonNode card() {
			return json().path("attachments").path(0).path("content");
		}

	}

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	/** What the next connector calls answer instead of success. */
	private record Refusal(int status, String retryAfter) {
	}

	private final ConcurrentLinkedDeque<Refusal> refusals = new ConcurrentLinkedDeque<>();

	private volatile boolean metadataDown;

	private final AtomicInteger ids = new AtomicInteger(1_700_000_000);

	private final RSAKey key = newKey();

	public FakeMicrosoft() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the fake Microsoft", ex);
		}
		server.createContext("/", this::handle);
		server.setExecutor(threads);
		server.start();
	}

	String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public String metadataUrl() {
		return base() + "/openid";
	}

	public String tokenUrl() {
		return base() + "/token";
	}

	/**
	 * The service URL activities name, as Teams'
	 * {@code https://smba.trafficmanager.net/emea/}.
	 */
	public String serviceUrl() {
		return base() + "/connector/";
	}

	/** The next connector call answers 429 with {@code Retry-After: seconds}. */
	void throttleNext(int seconds) {
		refusals.add(new Refusal(429, String.valueOf(seconds)));
	}

	/** While down, the OpenID metadata document answers 503. */
	public void metadataDown(boolean down) {
		this.metadataDown = down;
	}

	/** The next connector call fails with {@code status} (a 5xx), without Retry-After. */
	void failNext(int status) {
		refusals.add(new Refusal(status, null));
	}

	public List<Call> calls(Predicate<Call> which) {
		return calls.stream().filter(which).toList();
	}

	/** Connector calls for one conversation (thread marks included in the id). */
	List<Call> connector(String conversationId) {
		String prefix = CONNECTOR + conversationId + "/";
		return calls(call -> call.path().startsWith(prefix));
	}

	List<Call> all() {
		return List.copyOf(calls);
	}

	/**
	 * A token as the Bot Framework issues it for Fyren, valid for an hour, adjusted by
	 * the test.
	 */
	public String token(Consumer<JWTClaimsSet.Builder> adjust) {
		return sign(key, adjust);
	}

	/**
	 * A well-formed token signed by a key Microsoft never published, under the published
	 * key's id.
	 */
	String tokenFromOtherKey() {
		return sign(newKey(), KEY_ID, claims -> {
		});
	}

	/** A forged token naming a key id Microsoft never published. */
	public String tokenWithUnknownKey(String keyId) {
		return sign(newKey(), keyId, claims -> {
		});
	}

	private String sign(RSAKey with, Consumer<JWTClaimsSet.Builder> adjust) {
		return sign(with, KEY_ID, adjust);
	}

	private String sign(RSAKey with, String keyId, Consumer<JWTClaimsSet.Builder> adjust) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("https://api.botframework.com")
			.audience(APP_ID)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now.minusSeconds(60)))
			.expirationTime(Date.from(now.plusSeconds(3600)))
			.claim("serviceurl", serviceUrl());
		adjust.accept(claims);
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(),
					claims.build());
			jwt.sign(new RSASSASigner(with));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a test token", ex);
		}
	}

	@SuppressWarnings("unchecked")
	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Refusal refusal = path.startsWith(CONNECTOR) ? refusals.poll() : null;
			String id = path.startsWith(CONNECTOR) && refusal == null ? String.valueOf(ids.incrementAndGet()) : null;
			calls.add(new Call(exchange.getRequestMethod(), path,
					exchange.getRequestHeaders().getFirst("Authorization"), body, System.nanoTime(), id));
			if (path.equals("/openid") && metadataDown) {
				send(exchange, 503, "");
			}
			else if (path.equals("/openid")) {
				send(exchange, 200, JSON.writeValueAsString(Map.of("issuer", "https://api.botframework.com", "jwks_uri",
						base() + "/keys", "id_token_signing_alg_values_supported", List.of("RS256"))));
			}
			else if (path.equals("/keys")) {
				Map<String, Object> jwks = new JWKSet(key.toPublicJWK()).toJSONObject();
				// As Microsoft's keys: each lists the channels it signs for.
				((List<Map<String, Object>>) jwks.get("keys"))
					.forEach(jwk -> jwk.put("endorsements", List.of("msteams", "skype")));
				send(exchange, 200, JSON.writeValueAsString(jwks));
			}
			else if (path.equals("/token")) {
				send(exchange, 200, """
						{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"%s"}"""
					.formatted(CONNECTOR_TOKEN));
			}
			else if (path.startsWith(CONNECTOR)) {
				if (refusal != null) {
					if (refusal.retryAfter() != null) {
						exchange.getResponseHeaders().add("Retry-After", refusal.retryAfter());
					}
					send(exchange, refusal.status(), "");
					return;
				}
				send(exchange, 200, "{\"id\":\"" + id + "\"}");
			}
			else {
				send(exchange, 404, "");
			}
		}
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
	}

	private static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not make an RSA key", ex);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

}
