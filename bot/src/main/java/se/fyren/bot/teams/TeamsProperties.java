package se.fyren.bot.teams;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Fyren reaches Microsoft Teams through the Bot Framework; secrets come from the
 * environment through {@code application.yml}, where the defaults live.
 *
 * @param appId the Azure Bot's Microsoft App ID, TEAMS_APP_ID; also the audience of
 * inbound tokens
 * @param appPassword the app's client secret, TEAMS_APP_PASSWORD
 * @param tenant the Entra tenant of a single-tenant bot; blank for a multi-tenant bot
 * (token from {@code botframework.com})
 * @param openIdMetadataUrl where the signing keys of inbound tokens are announced
 * @param tokenUrl the client-credentials token endpoint for outbound calls;
 * {@code {tenant}} is replaced
 * @param trustedServiceUrls the only service URL prefixes Fyren sends its token to (each
 * ends with a slash)
 * @param clockSkew how far inbound token times may be off
 * @param jwksRefetchInterval the least time between two reads of the signing keys when a
 * token names a key Fyren does not know: a forged token must not make Fyren call
 * Microsoft each time
 * @param workers threads that answer after Teams has had its acknowledgement
 * @param retries how many times a throttled or failed connector call is retried
 * @param maxRetryWait the longest Retry-After Fyren honours before giving up
 */
@ConfigurationProperties("fyren.teams")
public record TeamsProperties(String appId, String appPassword, String tenant, String openIdMetadataUrl,
		String tokenUrl, List<String> trustedServiceUrls, Duration clockSkew,
		@DefaultValue("5m") Duration jwksRefetchInterval, int workers, int retries, Duration maxRetryWait) {

	public static final String ISSUER = "https://api.botframework.com";

	public static final String SCOPE = "https://api.botframework.com/.default";

	public TeamsProperties {
		trustedServiceUrls = trustedServiceUrls == null ? List.of() : List.copyOf(trustedServiceUrls);
		for (String url : trustedServiceUrls) {
			if (!url.endsWith("/")) {
				// Without the slash, https://smba.trafficmanager.net would also trust
				// ...trafficmanager.net.evil.org.
				throw new IllegalArgumentException(
						"fyren.teams.trusted-service-urls entries must end with '/', was " + url);
			}
		}
		if (jwksRefetchInterval == null || jwksRefetchInterval.isNegative() || jwksRefetchInterval.isZero()) {
			throw new IllegalArgumentException(
					"fyren.teams.jwks-refetch-interval must be a positive duration, was " + jwksRefetchInterval);
		}
		if (workers < 1) {
			throw new IllegalArgumentException("fyren.teams.workers must be at least 1, was " + workers);
		}
		if (retries < 0) {
			throw new IllegalArgumentException("fyren.teams.retries must not be negative, was " + retries);
		}
	}

	/**
	 * Whether an activity may be handled: any tenant's for a multi-tenant bot, only its
	 * own tenant's for a single-tenant one.
	 */
	boolean admitsTenant(String activityTenant) {
		return tenant == null || tenant.isBlank() || tenant.strip().equalsIgnoreCase(activityTenant);
	}

	/**
	 * The token endpoint for this bot: its own tenant when single-tenant, Bot Framework's
	 * otherwise.
	 */
	public String tokenEndpoint() {
		String authority = tenant == null || tenant.isBlank() ? "botframework.com" : tenant;
		return tokenUrl.replace("{tenant}", authority);
	}

}
