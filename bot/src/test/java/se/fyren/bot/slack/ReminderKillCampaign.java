package se.fyren.bot.slack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

/**
 * The reminder kill campaign: ten rounds, each killing Fyren (a child JVM) at a random
 * point of the send path (before the claim, between claim and post, while Slack holds the
 * post's answer, after it), and printing how many left every reminder in the channel
 * exactly once. Run from {@code bot/} with the test classpath (see the README).
 */
public final class ReminderKillCampaign {

	private static final int ROUNDS = 10;

	/** Kills fall within this after the subscription: wake-up, claim, post and answer. */
	private static final int KILL_WINDOW_MILLIS = 1500;

	private static final int MAX_POST_DELAY_MILLIS = 800;

	private ReminderKillCampaign() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : ROUNDS;
		Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime());
		int once = 0;
		try (FakeSlack slack = new FakeSlack()) {
			ReminderKillRound round = new ReminderKillRound(slack);
			for (int i = 1; i <= rounds; i++) {
				Duration postDelay = Duration.ofMillis(random.nextInt(MAX_POST_DELAY_MILLIS));
				Duration kill = Duration.ofMillis(random.nextInt(KILL_WINDOW_MILLIS));
				Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "kill-campaign-");
				ReminderKillRound.Outcome outcome = round.run(data.toAbsolutePath(), postDelay,
						ReminderKillRound.afterSubscribing(kill));
				once += outcome.exactlyOnce() ? 1 : 0;
				System.out.printf("round %d: post answered after %d ms, killed %d ms after subscribing: %s%n", i,
						postDelay.toMillis(), kill.toMillis(), ReminderKillRound.describe(outcome));
			}
		}
		System.out.printf("reminders sent exactly once in %d of %d kills%n", once, rounds);
	}

}
