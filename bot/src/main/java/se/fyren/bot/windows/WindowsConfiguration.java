package se.fyren.bot.windows;

import java.nio.file.Path;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the year wheels at start (a mistake in a calendar file stops the start) and wires
 * the window rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WindowsProperties.class)
class WindowsConfiguration {

	@Bean
	Wheels wheels(WindowsProperties properties) {
		return new Wheels(new CalendarFiles(Path.of(properties.calendars())).load());
	}

	@Bean
	WindowFinder windowFinder(WindowsProperties properties) {
		return new WindowFinder(properties.span(), properties.minimumStrength());
	}

}
