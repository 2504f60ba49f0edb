package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reminder whose Slack post hangs when Fyren is killed ({@code kill -9} of a child JVM)
 * is neither lost nor doubled: Fyren started again after the post timeout takes over the
 * unfinished claim, finds its post in the channel's history by the reminder's key, and
 * does not post it again.
 */
class ReminderKillTest {

	static final FakeSlack slack = new FakeSlack();

	@TempDir
	Path data;

	@AfterAll
	static void stopSlack() {
		slack.close();
	}

	@Test
	void reminderWhosePostHungWhenFyrenWasKilledIsSentExactlyOnce() throws Exception {
		ReminderKillRound.Outcome outcome = new ReminderKillRound(slack).run(data, Duration.ofMinutes(2),
				ReminderKillRound.whenPosted());

		assertThat(outcome.exactlyOnce()).as(ReminderKillRound.describe(outcome).toString()).isTrue();
	}

}
