package se.fyren.bot.teams.protocol;

import se.fyren.bot.teams.TeamsProperties;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the bearer token on each request to {@code /api/messages} as the Bot Framework
 * requires: signed by a key from the OpenID metadata's JWKS, issued by
 * {@code https://api.botframework.com} for Fyren's app id, within its times (with clock
 * skew), and, when the token names a service URL, for the activity's one. Nimbus does the
 * cryptography and key caching; the metadata document is read again once a day, as
 * Microsoft asks, so a moved key set is followed.
 */
public final class InboundTokens {

	/**
	 * Microsoft: "the OpenID metadata document should be cached ... and refreshed every
	 * 24 hours or less".
	 */
	static final Duration METADATA_LIFETIME = Duration.ofHours(24);

	static final String SERVICE_URL_CLAIM = "serviceurl";

	/** How long a read of the signing keys may take. */
	static final Duration KEYS_TIMEOUT = Duration.ofSeconds(20);

	/** Microsoft's key set is a few kilobytes; Nimbus' own default limit. */
	static final int KEYS_MAX_BYTES = 50 * 1024;

	private final TeamsProperties properties;

	private final Clock clock;

	private final HttpClient http;

	private final JsonMapper json;

	/** How long a failed refresh waits before the next try, the cached keys in use. */
	static final Duration REFRESH_RETRY = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(InboundTokens.class);

	private final AtomicReference<Keys> keys = new AtomicReference<>();

	/**
	 * Each signing key's endorsements (channel ids) by key id, from the last read of the
	 * keys.
	 */
	private final AtomicReference<Map<String, Set<String>>> endorsements = new AtomicReference<>(Map.of());

	/** One metadata read at a time; the other requests meanwhile use the cached keys. */
	private final ReentrantLock reading = new ReentrantLock();

	/** The decoder for one JWKS address and when its metadata is to be read again. */
	private record Keys(NimbusJwtDecoder decoder, Instant refreshAt) {
	}

	/** Why a request was refused; for the log only, never for the caller. */
	public static final class Refused extends RuntimeException {

		Refused(String reason) {
			super(reason);
		}

		Refused(String reason, Throwable cause) {
			super(reason + ": " + described(cause), cause);
		}

		// Java's HTTP client gives a refused connection no message: its kind says what
		// happened, as Slack's reason does ("ConnectException").
		private static String described(Throwable cause) {
			return cause.getMessage() == null ? cause.getClass().getSimpleName()
					: cause.getClass().getSimpleName() + " " + cause.getMessage();
		}

	}

	public InboundTokens(TeamsProperties properties, Clock clock, HttpClient http, JsonMapper json) {
		this.properties = properties;
		this.clock = clock;
		this.http = http;
		this.json = json;
	}

	/**
	 * Returns quietly when the request may be trusted; throws {@link Refused} with the
	 * reason otherwise. {@code channelId} is the activity's ({@code msteams}): a signing
	 * key that lists endorsements signs only for those channels.
	 */
	public void verify(String authorization, String serviceUrl, String channelId) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new Refused("no bearer token");
		}
		Jwt jwt;
		try {
			jwt = decoder().decode(authorization.substring(7).strip());
		}
		catch (JwtException ex) {
			throw new Refused("token rejected", ex);
		}
		String claimed = jwt.getClaimAsString(SERVICE_URL_CLAIM);
		if (claimed != null && !sameUrl(claimed, serviceUrl)) {
			throw new Refused("token is for service URL " + claimed + ", activity names " + serviceUrl);
		}
		Object kid = jwt.getHeaders().get("kid");
		Set<String> endorsed = kid == null ? null : endorsements.get().get(kid.toString());
		// As the Bot Framework SDKs' EndorsementsValidator: a key with endorsements signs
		// only for the channels it lists; an activity without a channel id is refused
		// later for want of a usable activity.
		if (endorsed != null && channelId != null && !channelId.isBlank() && !endorsed.contains(channelId)) {
			throw new Refused("signing key " + kid + " is not endorsed for channel " + channelId);
		}
	}

	/**
	 * Reads the OpenID metadata when no keys are held yet (or they are due), for the
	 * check at start and its retries: empty when tokens can be verified, else why not.
	 */
	public Optional<String> keysAvailable() {
		try {
			decoder();
			return Optional.empty();
		}
		catch (Refused ex) {
			return Optional.of(ex.getMessage());
		}
	}

	private static boolean sameUrl(String a, String b) {
		return b != null && withSlash(a).equalsIgnoreCase(withSlash(b));
	}

	static String withSlash(String url) {
		return url.endsWith("/") ? url : url + "/";
	}

	/**
	 * The cached decoder while its metadata is fresh. When it is due, one request reads
	 * the metadata again; if that fails, the cached keys stay in use (Microsoft's keys
	 * overlap for weeks) and the read is tried again later, rather than every request
	 * being refused while the metadata is unreachable.
	 */
	private NimbusJwtDecoder decoder() {
		Keys current = keys.get();
		if (current != null && current.refreshAt().isAfter(Instant.now(clock))) {
			return current.decoder();
		}
		if (current == null) {
			reading.lock();
		}
		else if (!reading.tryLock()) {
			return current.decoder();
		}
		try {
			Keys latest = keys.get();
			if (latest != null && latest.refreshAt().isAfter(Instant.now(clock))) {
				return latest.decoder();
			}
			try {
				Keys fresh = new Keys(decoderFor(jwksUri()), Instant.now(clock).plus(METADATA_LIFETIME));
				keys.set(fresh);
				return fresh.decoder();
			}
			catch (Refused ex) {
				if (latest == null) {
					throw ex;
				}
				log.warn("Could not refresh the Bot Framework's OpenID metadata ({}); keeping the cached keys, "
						+ "trying again in {} min", ex.getMessage(), REFRESH_RETRY.toMinutes());
				keys.set(new Keys(latest.decoder(), Instant.now(clock).plus(REFRESH_RETRY)));
				return latest.decoder();
			}
		}
		finally {
			reading.unlock();
		}
	}

	private String jwksUri() {
		String url = properties.openIdMetadataUrl();
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode uri = response.statusCode() == 200 ? json.readTree(response.body()).get("jwks_uri") : null;
			if (uri == null || !uri.isString()) {
				throw new Refused(
						"OpenID metadata at " + url + " (HTTP " + response.statusCode() + ") names no jwks_uri");
			}
			return uri.asString();
		}
		catch (IOException | JacksonException ex) {
			throw new Refused("OpenID metadata at " + url + " unreadable", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Refused("interrupted while reading the OpenID metadata", ex);
		}
	}

	/**
	 * Nimbus caches the keys and reads them again when a token names an unknown key (a
	 * new key, or a forgery), but no more often than the refetch interval allows.
	 */
	private NimbusJwtDecoder decoderFor(String jwksUri) {
		JWKSource<SecurityContext> source;
		try {
			source = JWKSourceBuilder
				.<SecurityContext>create(URI.create(jwksUri).toURL(),
						endorsementsNoted(new DefaultResourceRetriever((int) KEYS_TIMEOUT.toMillis(),
								(int) KEYS_TIMEOUT.toMillis(), KEYS_MAX_BYTES)))
				.cache(METADATA_LIFETIME.toMillis(), KEYS_TIMEOUT.toMillis())
				.rateLimited(properties.jwksRefetchInterval().toMillis())
				.build();
		}
		catch (MalformedURLException | IllegalArgumentException ex) {
			throw new Refused("OpenID metadata names an unusable jwks_uri " + jwksUri, ex);
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(source)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		JwtTimestampValidator times = new JwtTimestampValidator(properties.clockSkew());
		times.setClock(clock);
		decoder
			.setJwtValidator(new DelegatingOAuth2TokenValidator<>(times, new JwtIssuerValidator(TeamsProperties.ISSUER),
					new JwtAudienceValidator(properties.appId()), expiryRequired()));
		return decoder;
	}

	/**
	 * Nimbus keeps no key parameters it does not know, such as Microsoft's
	 * {@code endorsements}: they are noted from the key set as it is read.
	 */
	private ResourceRetriever endorsementsNoted(ResourceRetriever retriever) {
		return url -> {
			Resource resource = retriever.retrieveResource(url);
			endorsements.set(endorsementsOf(resource.getContent()));
			return resource;
		};
	}

	private Map<String, Set<String>> endorsementsOf(String keySet) {
		Map<String, Set<String>> byKey = new HashMap<>();
		try {
			for (JsonNode key : json.readTree(keySet).path("keys")) {
				JsonNode listed = key.get("endorsements");
				if (key.hasNonNull("kid") && listed != null && listed.isArray()) {
					Set<String> channels = new HashSet<>();
					listed.forEach(channel -> channels.add(channel.asString()));
					byKey.put(key.get("kid").asString(), Set.copyOf(channels));
				}
			}
		}
		catch (JacksonException ex) {
			// Nimbus refuses the same unreadable key set with its own error.
			log.debug("Signing keys unreadable for endorsements", ex);
		}
		return Map.copyOf(byKey);
	}

	/** A token without an expiry would be valid for ever. */
	private static OAuth2TokenValidator<Jwt> expiryRequired() {
		return jwt -> jwt.getExpiresAt() != null ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "token has no expiry", null));
	}

}
