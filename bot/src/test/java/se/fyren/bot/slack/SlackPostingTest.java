package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import org.junit.jupiter.api.Test;

/**
 * Answers to a burst of slash commands are posted side by side: a post waiting for
 * Slack's round trip does not hold up the others (four posting threads made the rest of a
 * burst of 50 queue behind them).
 */
class SlackPostingTest {

	private static final Duration ROUND_TRIP = Duration.ofSeconds(3);

	private static final int BURST = 12;

	@Test
	void aBurstOfAnswersReachesSlackWithoutWaitingForEachOthersRoundTrips() throws Exception {
		try (FakeSlack slack = new FakeSlack()) {
			SlackConfig config = new SlackConfig();
			config.setStatsEnabled(false);
			SlackWeb web = new SlackWeb(Slack.getInstance(config), FakeSlack.BOT_TOKEN);
			try {
				slack.holdResponses(ROUND_TRIP);
				IntStream.range(0, BURST)
					.forEach(i -> web.respondLater(slack.responseUrl("burst-" + i),
							ActionResponse.builder().text("Svar " + i).build()));

				long deadline = System.nanoTime() + ROUND_TRIP.toNanos() * 2 / 3;
				while (arrived(slack) < BURST && System.nanoTime() < deadline) {
					Thread.sleep(10);
				}

				assertThat(arrived(slack)).isEqualTo(BURST);
			}
			finally {
				web.close();
			}
		}
	}

	private static long arrived(FakeSlack slack) {
		return IntStream.range(0, BURST)
			.filter(i -> !slack.responses(slack.responseUrl("burst-" + i)).isEmpty())
			.count();
	}

}
