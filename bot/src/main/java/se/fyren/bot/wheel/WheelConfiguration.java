package se.fyren.bot.wheel;

import se.fyren.bot.wheel.calendar.CalendarFiles;
import java.nio.file.Path;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the year wheels at start (a mistake in a calendar file stops the start) and wires
 * the window rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WheelProperties.class)
class WheelConfiguration {

	@Bean
	Wheels wheels(WheelProperties properties) {
		return new Wheels(new CalendarFiles(Path.of(properties.calendars())).load());
	}

	@Bean
	WindowFinder windowFinder(WheelProperties properties) {
		return new WindowFinder(properties.span(), properties.minimumStrength());
	}

}
