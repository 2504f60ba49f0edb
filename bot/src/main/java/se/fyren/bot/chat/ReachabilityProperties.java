package se.fyren.bot.chat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often Fyren looks again for a chat service (Slack, Microsoft's key server) it could
 * not reach, and for one it can.
 *
 * @param firstRetry the first wait after a failure; doubled after each further failure
 * @param maxRetry the longest wait between two tries while the service is down
 * @param checkEvery how often a service that answers is checked again, so health shows it
 * going down
 */
@ConfigurationProperties("fyren.chat.reachability")
public record ReachabilityProperties(@DefaultValue("5s") Duration firstRetry, @DefaultValue("5m") Duration maxRetry,
		@DefaultValue("5m") Duration checkEvery) {

	public ReachabilityProperties {
		if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0
				|| checkEvery.isNegative() || checkEvery.isZero()) {
			throw new IllegalArgumentException("fyren.chat.reachability: first-retry and check-every must be positive "
					+ "and max-retry at least first-retry, were " + firstRetry + ", " + checkEvery + ", " + maxRetry);
		}
	}

}
