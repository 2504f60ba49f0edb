package se.fyren.bot.radar;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.fyren.bot.wheel.WheelProperties;

/** The radar reads days in the year wheel's zone, by the application's clock. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RadarProperties.class)
class RadarConfiguration {

	@Bean
	Radar radar(RadarProperties properties, Clock clock, WheelProperties wheel) {
		return new Radar(properties, clock, wheel.zone());
	}

}
