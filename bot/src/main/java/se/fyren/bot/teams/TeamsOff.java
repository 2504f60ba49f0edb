package se.fyren.bot.teams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import se.fyren.bot.chat.Reachability;

/** Without Teams settings: the one line that says why Teams is off, so nobody wonders. */
@Configuration(proxyBeanMethods = false)
@Profile("!cli")
@Conditional(TeamsConfigured.Not.class)
class TeamsOff {

	private static final Logger log = LoggerFactory.getLogger(TeamsOff.class);

	@Bean
	ApplicationRunner teamsOffNotice() {
		return args -> log
			.info("Teams adapter off: set TEAMS_APP_ID and TEAMS_APP_PASSWORD to answer in Microsoft Teams");
	}

	@Bean
	HealthIndicator teamsHealthIndicator() {
		return Reachability.off("TEAMS_APP_ID and TEAMS_APP_PASSWORD not set");
	}

}
