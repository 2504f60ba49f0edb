package se.fyren.bot.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import se.fyren.bot.chat.Reachability;

/** Without Slack settings: the one line that says why Slack is off, so nobody wonders. */
@Configuration(proxyBeanMethods = false)
@Profile("!cli")
@Conditional(SlackConfigured.Not.class)
class SlackOff {

	private static final Logger log = LoggerFactory.getLogger(SlackOff.class);

	@Bean
	ApplicationRunner slackOffNotice() {
		return args -> log.info(
				"Slack adapter off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode) to answer in Slack");
	}

	@Bean
	HealthIndicator slackHealthIndicator() {
		return Reachability.off("SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET or SLACK_APP_TOKEN not set");
	}

}
