package se.fyren.bot.infra;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application, so tests can drive time instead of sleeping. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		// Swedish municipalities' time, whatever zone the server runs in: dates in
		// exports, the year a wheel shows, "today" in reminders.
		return Clock.system(ZoneId.of("Europe/Stockholm"));
	}

}
