package se.fyren.bot.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web chat's settings ({@code fyren.web}).
 *
 * @param roomFeedKept how long what Fyren posted in a web room is kept: a chain's summary
 * there holds personal views, so no longer than the chains themselves
 */
@ConfigurationProperties("fyren.web")
record WebProperties(Duration roomFeedKept) {

	WebProperties {
		if (roomFeedKept == null || roomFeedKept.isNegative() || roomFeedKept.isZero()) {
			throw new IllegalArgumentException(
					"fyren.web.room-feed-kept must be a positive duration, was " + roomFeedKept);
		}
	}

}
