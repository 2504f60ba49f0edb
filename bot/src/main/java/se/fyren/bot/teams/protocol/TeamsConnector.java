package se.fyren.bot.teams.protocol;

import se.fyren.bot.teams.TeamsProperties;
import java.time.Instant;
import se.fyren.bot.infra.RetryAfter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Bot Connector REST API, the two calls Fyren makes: send an activity to a
 * conversation (optionally as a reply) and replace one. Only trusted service URLs are
 * called; 429 is retried after the Retry-After the connector asks for, within bounds, and
 * so is a 5xx of an update (PUT, which is idempotent); a 5xx of a new activity (POST) is
 * not, as the connector may have delivered it before failing and a retry would show it
 * twice. Failures are logged and returned as empty, never thrown, so one unreachable
 * conversation does not stop the rest.
 */
public final class TeamsConnector {

	private static final Logger log = LoggerFactory.getLogger(TeamsConnector.class);

	private final HttpClient http;

	private final AppToken token;

	private final TrustedServiceUrls trusted;

	private final JsonMapper json;

	private final int retries;

	private final Duration maxRetryWait;

	public TeamsConnector(HttpClient http, AppToken token, TrustedServiceUrls trusted, JsonMapper json,
			TeamsProperties properties) {
		this.http = http;
		this.token = token;
		this.trusted = trusted;
		this.json = json;
		this.retries = properties.retries();
		this.maxRetryWait = properties.maxRetryWait();
	}

	/**
	 * Sends an activity; with {@code replyToId}, as a reply to that activity.
	 * @return the new activity's id
	 */
	public Optional<String> send(String serviceUrl, String conversationId, String replyToId, ObjectNode activity) {
		String path = "v3/conversations/" + encode(conversationId) + "/activities"
				+ (replyToId == null ? "" : "/" + encode(replyToId));
		return call("POST", serviceUrl, path, activity)
			.map(body -> body.isBlank() ? "" : json.readTree(body).path("id").asString(""));
	}

	public boolean update(String serviceUrl, String conversationId, String activityId, ObjectNode activity) {
		String path = "v3/conversations/" + encode(conversationId) + "/activities/" + encode(activityId);
		return call("PUT", serviceUrl, path, activity).isPresent();
	}

	private Optional<String> call(String method, String serviceUrl, String path, ObjectNode activity) {
		if (!trusted.trusts(serviceUrl)) {
			log.warn("Refused to call untrusted Teams service URL {} ({} {}); no token sent", serviceUrl, method, path);
			return Optional.empty();
		}
		URI uri = URI.create(InboundTokens.withSlash(serviceUrl) + path);
		String body = json.writeValueAsString(activity);
		for (int attempt = 0;; attempt++) {
			HttpResponse<String> response;
			try {
				HttpRequest request = HttpRequest.newBuilder(uri)
					.timeout(Duration.ofSeconds(30))
					.header("Authorization", "Bearer " + token.get())
					.header("Content-Type", "application/json; charset=utf-8")
					.method(method, HttpRequest.BodyPublishers.ofString(body))
					.build();
				response = http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Could not reach Teams at {} ({} {}): {}", serviceUrl, method, path, ex.toString());
				return Optional.empty();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
			int status = response.statusCode();
			if (status / 100 == 2) {
				return Optional.of(response.body());
			}
			if (status == 401) {
				token.forget();
			}
			boolean retryable = status == 429 || (status == 401 && attempt == 0)
					|| (status / 100 == 5 && "PUT".equals(method));
			if (!retryable || attempt >= retries) {
				log.warn("Teams {} {} answered HTTP {} after {} attempt(s): {}", method, path, status, attempt + 1,
						response.body());
				return Optional.empty();
			}
			Duration wait = RetryAfter.wait(response.headers().firstValue("Retry-After").orElse(null), attempt,
					Instant.now());
			if (wait.compareTo(maxRetryWait) > 0) {
				log.warn("Teams {} {} asked to wait {} s, more than {} s; giving up", method, path, wait.toSeconds(),
						maxRetryWait.toSeconds());
				return Optional.empty();
			}
			log.info("Teams {} {} answered HTTP {}; retrying in {} ms (retry {} of {})", method, path, status,
					wait.toMillis(), attempt + 1, retries);
			if (!RetryAfter.pause(wait)) {
				return Optional.empty();
			}
		}
	}

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
