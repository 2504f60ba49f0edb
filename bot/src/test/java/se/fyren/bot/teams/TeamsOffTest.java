package se.fyren.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The default run has no Teams settings: no Teams beans, and one line that says so. */
class TeamsOffTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(TeamsConfiguration.class, TeamsOff.class);

	@Test
	void teamsStaysOffWithoutAppIdAndPassword() {
		context.withPropertyValues("fyren.teams.app-id=", "fyren.teams.app-password=")
			.run(started -> assertThat(started).hasNotFailed()
				.doesNotHaveBean(TeamsOutbox.class)
				.hasBean("teamsOffNotice"));
	}

	@Test
	void teamsStaysOffWithAnAppIdButNoPassword() {
		context.withPropertyValues("fyren.teams.app-id=5f1b9b2e")
			.run(started -> assertThat(started).hasNotFailed()
				.doesNotHaveBean(TeamsOutbox.class)
				.hasBean("teamsOffNotice"));
	}

}
