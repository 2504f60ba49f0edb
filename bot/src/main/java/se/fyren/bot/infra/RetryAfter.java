package se.fyren.bot.infra;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How long a throttled chat service (Slack's Web API, Teams' connector) asks to be left
 * alone, read from its HTTP {@code Retry-After}: seconds, or an HTTP date. Without a
 * readable header the wait backs off by attempt, so a retry loop never hammers a service
 * that did not say.
 */
public final class RetryAfter {

	/** Where backing off stops doubling: 32 s, past any wait worth a chat message. */
	private static final int MAX_BACKOFF_DOUBLINGS = 5;

	private RetryAfter() {
	}

	/**
	 * The wait the header asks for, never negative; 1, 2, 4 ... seconds by attempt
	 * (counted from 0) when it says nothing readable.
	 */
	public static Duration wait(String header, int attempt, Instant now) {
		if (header != null && !header.isBlank()) {
			String value = header.strip();
			try {
				return atLeastZero(Duration.ofSeconds(Long.parseLong(value)));
			}
			catch (NumberFormatException ex) {
				// Not seconds: perhaps an HTTP date.
			}
			try {
				Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				return atLeastZero(Duration.between(now, at));
			}
			catch (DateTimeParseException ex) {
				// Garbage: back off as if nothing were said.
			}
		}
		return Duration.ofSeconds(1L << Math.min(Math.max(attempt, 0), MAX_BACKOFF_DOUBLINGS));
	}

	/**
	 * Waits on the calling worker thread; false when interrupted (shutting down), with
	 * the interrupt kept.
	 */
	public static boolean pause(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Duration atLeastZero(Duration wait) {
		return wait.isNegative() ? Duration.ZERO : wait;
	}

}
