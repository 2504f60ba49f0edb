package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The default run has no Slack settings: no Slack beans, and one line that says so. */
class SlackOffTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(SlackConfiguration.class, SlackOff.class);

	@Test
	void slackStaysOffWithoutTokenAndSecret() {
		context.withPropertyValues("fyren.slack.bot-token=", "fyren.slack.signing-secret=")
			.run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(App.class).hasBean("slackOffNotice"));
	}

	@Test
	void slackStaysOffWithATokenButNoSecret() {
		context.withPropertyValues("fyren.slack.bot-token=xoxb-test")
			.run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(App.class));
	}

}
