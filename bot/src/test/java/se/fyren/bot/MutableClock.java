package se.fyren.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the tests move by hand: timers and reminders are driven by advancing it, never
 * by sleeping. Import {@link Config} into a Spring test to make it the application's
 * clock.
 */
public final class MutableClock extends Clock {

	public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	public MutableClock(Instant start, ZoneId zone) {
		this(new AtomicReference<>(start), zone);
	}

	private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/** The instant a local time in Stockholm names ({@code 2026-09-14T03:10}). */
	public static Instant stockholm(String localTime) {
		return LocalDateTime.parse(localTime).atZone(STOCKHOLM).toInstant();
	}

	public void advance(Duration duration) {
		now.updateAndGet(instant -> instant.plus(duration));
	}

	public void set(Instant instant) {
		now.set(instant);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(now, zone);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now(), STOCKHOLM);
		}

	}

}
