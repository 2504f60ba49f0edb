package se.fyren.bot.infra;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	@Test
	void secondsAreTakenAsAsked() {
		assertThat(RetryAfter.wait("7", 0, NOW)).isEqualTo(Duration.ofSeconds(7));
		assertThat(RetryAfter.wait(" 0 ", 3, NOW)).isEqualTo(Duration.ZERO);
		assertThat(RetryAfter.wait("-5", 0, NOW)).isEqualTo(Duration.ZERO);
	}

	@Test
	void anHttpDateIsAWaitUntilThen() {
		assertThat(RetryAfter.wait("Wed, 02 Dec 2026 10:00:12 GMT", 0, NOW)).isEqualTo(Duration.ofSeconds(12));
		assertThat(RetryAfter.wait("Wed, 02 Dec 2026 09:59:00 GMT", 0, NOW)).isEqualTo(Duration.ZERO);
	}

	@Test
	void withoutAReadableHeaderTheWaitBacksOffByAttemptAndStopsDoubling() {
		assertThat(RetryAfter.wait(null, 0, NOW)).isEqualTo(Duration.ofSeconds(1));
		assertThat(RetryAfter.wait("soon", 1, NOW)).isEqualTo(Duration.ofSeconds(2));
		assertThat(RetryAfter.wait("", 2, NOW)).isEqualTo(Duration.ofSeconds(4));
		assertThat(RetryAfter.wait(null, 40, NOW)).isEqualTo(Duration.ofSeconds(32));
	}

}
