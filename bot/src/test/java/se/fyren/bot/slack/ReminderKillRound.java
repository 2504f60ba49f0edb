package se.fyren.bot.slack;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import se.fyren.bot.ChildFyren;
import se.fyren.bot.MutableClock;

/**
 * One round of the reminder kill campaign: Fyren (a child JVM) subscribes a Slack channel
 * on the morning a reminder is due, posts it, and is killed with SIGKILL at a chosen
 * moment of the send path; started again on the same data directory after the post
 * timeout, it must leave each reminder in the channel exactly once.
 */
final class ReminderKillRound {

	static final String BUDGET = "Fullmäktige beslutar om budget";

	static final Instant MORNING = LocalDateTime.parse("2026-10-05T08:30").atZone(MutableClock.STOCKHOLM).toInstant();

	/** Longer than the post timeout (5 minutes): the claim left behind is stale. */
	static final Duration RESTART_AFTER = Duration.ofMinutes(10);

	private static final Duration WAIT = Duration.ofSeconds(90);

	/** Where the kill falls. */
	interface KillPoint {

		/** Waits for the moment, while the first Fyren runs. */
		void await(FakeSlack slack, String channel, String subscribed);

	}

	/** Each reminder's key and how many times it is in the channel. */
	record Outcome(Map<String, Long> copies) {

		boolean exactlyOnce() {
			return !copies.isEmpty() && copies.values().stream().allMatch(count -> count == 1);
		}

	}

	private final FakeSlack slack;

	ReminderKillRound(FakeSlack slack) {
		this.slack = slack;
	}

	/**
	 * Runs the round: Slack holds its answer to each post for {@code postDelay}, and
	 * Fyren is killed at {@code kill}.
	 */
	Outcome run(Path data, Duration postDelay, KillPoint kill) throws SQLException {
		String channel = "C0KILL" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		slack.holdPosts(postDelay);
		try (ChildFyren fyren = ChildFyren.start(ReminderChild.class.getName(), data, settings(data, MORNING))) {
			SignedSlack signed = new SignedSlack(fyren.port());
			String subscribed = slack.responseUrl(UUID.randomUUID().toString());
			signed.send(
					signed.slashCommand("U0PLAN", channel, "prenumerera kommun", subscribed, "t-" + UUID.randomUUID()));
			kill.await(slack, channel, subscribed);
			fyren.kill();
		}
		slack.holdPosts(Duration.ZERO);
		try (ChildFyren fyren = ChildFyren.start(ReminderChild.class.getName(), data,
				settings(data, MORNING.plus(RESTART_AFTER)))) {
			await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> budgetSent(data));
			fyren.kill();
		}
		return new Outcome(slack.keyedPosts(channel)
			.stream()
			.collect(Collectors.groupingBy(ReminderKillRound::key, LinkedHashMap::new, Collectors.counting())));
	}

	/** The budget reminder's post reached Slack (whether or not Fyren heard back). */
	static KillPoint whenPosted() {
		return (slack, channel, subscribed) -> await().atMost(WAIT)
			.until(() -> slack.keyedPosts(channel).stream().anyMatch(post -> text(post).startsWith(BUDGET)));
	}

	/** A moment this long after the subscription was confirmed. */
	static KillPoint afterSubscribing(Duration delay) {
		return (slack, channel, subscribed) -> {
			await().atMost(WAIT).until(() -> !slack.responses(subscribed).isEmpty());
			await().pollDelay(delay).until(() -> true);
		};
	}

	private Map<String, String> settings(Path data, Instant now) {
		Map<String, String> settings = new LinkedHashMap<>(SlackTestApp.properties(slack));
		settings.put("fyren.knowledge.data-dir", data.toString());
		// The test reads the database while Fyren runs; WRITE_DELAY=0 as in the default.
		settings.put("spring.datasource.url", url(data) + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
		settings.put("spring.quartz.auto-startup", "false");
		settings.put("test.now", now.toString());
		return ChildFyren.settings(settings);
	}

	private static String url(Path data) {
		return "jdbc:h2:file:" + data.resolve("fyren");
	}

	private static boolean budgetSent(Path data) throws SQLException {
		try (Connection db = DriverManager.getConnection(url(data) + ";AUTO_SERVER=TRUE", "fyren", "");
				var rows = db.createStatement()
					.executeQuery(
							"select count(*) from windows_sent_reminder where event_id = 'budget' and state = 'sent'")) {
			return rows.next() && rows.getInt(1) > 0;
		}
	}

	private static String key(JsonNode post) {
		return post.path("metadata").path("event_payload").path("key").asString();
	}

	private static String text(JsonNode post) {
		return post.path("text").asString();
	}

	static List<String> describe(Outcome outcome) {
		return outcome.copies().entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).toList();
	}

}
