package se.fyren.bot.teams.protocol;

import se.fyren.bot.teams.TeamsProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fyren's own token for the Bot Connector (OAuth2 client credentials), fetched once and
 * reused until shortly before it expires.
 */
public final class AppToken {

	/**
	 * Renew this long before expiry, so a token never runs out during a call or a retry.
	 */
	static final Duration MARGIN = Duration.ofMinutes(5);

	private final TeamsProperties properties;

	private final HttpClient http;

	private final JsonMapper json;

	private final Clock clock;

	private Issued issued;

	private record Issued(String token, Instant renewAt) {
	}

	public AppToken(TeamsProperties properties, HttpClient http, JsonMapper json, Clock clock) {
		this.properties = properties;
		this.http = http;
		this.json = json;
		this.clock = clock;
	}

	synchronized String get() {
		if (issued == null || !Instant.now(clock).isBefore(issued.renewAt())) {
			issued = fetch();
		}
		return issued.token();
	}

	/**
	 * After a 401 from the connector: the cached token is no good, fetch another next
	 * time.
	 */
	synchronized void forget() {
		issued = null;
	}

	private Issued fetch() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "client_credentials");
		form.put("client_id", properties.appId());
		form.put("client_secret", properties.appPassword());
		form.put("scope", TeamsProperties.SCOPE);
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(properties.tokenEndpoint()))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Teams token endpoint " + properties.tokenEndpoint() + " answered HTTP "
						+ response.statusCode() + ": " + response.body());
			}
			JsonNode token = json.readTree(response.body());
			long lifetime = token.path("expires_in").asLong(3600);
			return new Issued(token.path("access_token").asString(),
					Instant.now(clock).plusSeconds(lifetime).minus(MARGIN));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not reach the Teams token endpoint " + properties.tokenEndpoint(),
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while fetching a Teams token", ex);
		}
	}

}
