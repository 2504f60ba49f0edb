package se.fyren.bot.slack;

import se.fyren.bot.wheel.reminders.Reminders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import se.fyren.bot.FyrenApplication;
import se.fyren.bot.MutableClock;

/**
 * Fyren for the reminder kill tests, run in a child JVM: the whole application with its
 * clock stopped at {@code test.now}, waking the reminders as Quartz would, every few
 * hundred milliseconds, until it is killed.
 */
public final class ReminderChild {

	/** Often enough that a reminder goes out within a moment of the subscription. */
	private static final Duration WAKE_UP = Duration.ofMillis(200);

	private ReminderChild() {
	}

	public static void main(String[] args) throws InterruptedException {
		ConfigurableApplicationContext context = new SpringApplication(FyrenApplication.class, StoppedClock.class)
			.run(args);
		Reminders reminders = context.getBean(Reminders.class);
		while (true) {
			reminders.sendDue();
			Thread.sleep(WAKE_UP.toMillis());
		}
	}

	/**
	 * Not annotated, so no component scan finds it: only this main registers it (Spring
	 * processes its bean method in lite mode).
	 */
	static class StoppedClock {

		@Bean
		@Primary
		Clock stoppedClock(Environment environment) {
			return Clock.fixed(Instant.parse(environment.getRequiredProperty("test.now")), MutableClock.STOCKHOLM);
		}

	}

}
