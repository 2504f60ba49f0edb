package se.fyren.bot.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The web chat's settings ({@code fyren.web}).
 *
 * @param roomFeedKept how long what Fyren posted in a web room is kept: a chain's summary
 * there holds personal views, so no longer than the chains themselves
 * @param maxRequestSize the largest request body Fyren reads, on every endpoint (web API,
 * Slack, Teams); larger ones get 413 unread. Slack's and Teams' payloads are a few
 * kilobytes, a question or answer at most a few thousand characters.
 */
@ConfigurationProperties("fyren.web")
record WebProperties(Duration roomFeedKept, @DefaultValue("256KB") DataSize maxRequestSize) {

	WebProperties {
		if (roomFeedKept == null || roomFeedKept.isNegative() || roomFeedKept.isZero()) {
			throw new IllegalArgumentException(
					"fyren.web.room-feed-kept must be a positive duration, was " + roomFeedKept);
		}
		if (maxRequestSize == null || maxRequestSize.toBytes() < 1 || maxRequestSize.toBytes() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(
					"fyren.web.max-request-size must be between 1 byte and 2 GB, was " + maxRequestSize);
		}
	}

}
