package se.fyren.bot.teams;

import se.fyren.bot.teams.protocol.Activity;
import se.fyren.bot.wheel.reminders.Reminders;
import static org.assertj.core.api.Assertions.assertThat;
import static se.fyren.bot.MutableClock.stockholm;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import se.fyren.bot.ClockDrivenApp;
import se.fyren.bot.MutableClock;

/**
 * The features through Teams at the wire: a dialogue chain run in a channel's reply
 * chain, and a year-wheel reminder posted to a channel on Fyren's own initiative, with
 * its snooze button pressed in Teams. Fyren's clock is the test's: tokens are issued at
 * its time, and reminders go out when the test moves it and wakes them.
 */
@ClockDrivenApp
class TeamsFeaturesTest {

	static final String DIALOGUE_CHANNEL = "19:dialogkedjan0000000000000000000@thread.tacv2";

	static final String REMINDER_CHANNEL = "19:arshjulet00000000000000000000000@thread.tacv2";

	static final String BUDGET = "Fullmäktige beslutar om budget";

	@RegisterExtension
	static final TeamsAppFixture app = new TeamsAppFixture("teams-features");

	static final FakeMicrosoft microsoft = app.microsoft();

	static final TeamsActivityJson teams = app.activities();

	@DynamicPropertySource
	static void teamsAndData(DynamicPropertyRegistry registry) {
		app.register(registry);
		registry.add("fyren.dialogue.countdown-every", () -> "1h");
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void facilitatorRunsADialogueChainInAChannelReplyChain() {
		String root = "1700000000501";
		send(teams.channelMention(root, "29:facil", DIALOGUE_CHANNEL, root,
				"dialog start Barn- och utbildningsnämnden"));

		FakeMicrosoft.Call started = awaitPosts(DIALOGUE_CHANNEL, 1).get(0);
		assertThat(started.method()).isEqualTo("POST");
		assertThat(started.card().toString()).contains("Barn- och utbildningsnämnden");
		assertThat(awaitPosts(threadOf(DIALOGUE_CHANNEL, root), 1).get(0).card().toString()).contains("har startat");
		String thread = started.id();
		FakeMicrosoft.Call first = awaitPosts(threadOf(DIALOGUE_CHANNEL, thread), 1).get(0);
		assertThat(first.card().toString()).contains("Fråga 1 av 4");
		String next = submitValue(first.card(), "dialogue.next");

		send(teams.channelReply("1700000000511", "29:anna", DIALOGUE_CHANNEL, thread, "Anna om fråga 1"));
		send(teams.channelReply("1700000000512", "29:bo", DIALOGUE_CHANNEL, thread, "Bo om fråga 1"));
		await().atMost(Duration.ofSeconds(10)).until(this::answers, count -> count == 2);
		send(teams.channelSubmit("1700000000513", "29:facil", DIALOGUE_CHANNEL, thread, first.id(),
				"{\"fyren\": \"card\", \"id\": \"dialogue.next\", \"value\": \"" + next + "\"}"));

		FakeMicrosoft.Call second = await().atMost(Duration.ofSeconds(10))
			.until(() -> posts(threadOf(DIALOGUE_CHANNEL, thread)), posts -> posts.size() == 2)
			.get(1);
		assertThat(second.card().toString()).contains("Fråga 2 av 4");
		// The first question's card is updated in place to a closed one.
		assertThat(microsoft.connector(threadOf(DIALOGUE_CHANNEL, thread))).anySatisfy(
				call -> assertThat(call.method() + " " + call.path()).endsWith("PUT " + "/connector/v3/conversations/"
						+ threadOf(DIALOGUE_CHANNEL, thread) + "/activities/" + first.id()));
		send(teams.channelReply("1700000000514", "29:anna", DIALOGUE_CHANNEL, thread, "Anna om fråga 2"));
		send(teams.channelReply("1700000000515", "29:bo", DIALOGUE_CHANNEL, thread, "Bo om fråga 2"));
		await().atMost(Duration.ofSeconds(10)).until(this::answers, count -> count == 4);
		send(teams.channelMention("1700000000516", "29:facil", DIALOGUE_CHANNEL, thread, "dialog stopp"));

		List<FakeMicrosoft.Call> ended = await().atMost(Duration.ofSeconds(10))
			.until(() -> posts(threadOf(DIALOGUE_CHANNEL, thread)), posts -> posts.size() == 4);
		// The summary in the reply chain, and the answer to the facilitator's command.
		FakeMicrosoft.Call summary = ended.get(2);
		assertThat(ended.get(3).path()).endsWith("/activities/1700000000516");
		assertThat(ended.get(3).card().toString()).contains("Dialogkedjan är avslutad");
		assertThat(summary.card().toString()).contains("Sammanfattning: ", "Barn- och utbildningsnämnden",
				"Anna om fråga 1", "Bo om fråga 1", "Anna om fråga 2", "Bo om fråga 2");
		assertThat(jdbc.sql("select state from dialogue_chain where thread = :thread")
			.param("thread", thread)
			.query(String.class)
			.single()).isEqualTo("STOPPED");
	}

	@Test
	void aMentionInTheChainsReplyChainIsRecordedAsAnAnswerWithoutTheMentionAndNotAnswered() {
		String channel = "19:mention000000000000000000000000@thread.tacv2";
		String root = "1700000000601";
		send(teams.channelMention(root, "29:facil", channel, root, "dialog start Kommunstyrelsen"));
		String thread = awaitPosts(channel, 1).get(0).id();
		awaitPosts(threadOf(channel, thread), 1);

		String said = "Vårt uppdrag är att alla barn ska lyckas i skolan";
		send(teams.channelMention("1700000000602", "29:anna", channel, thread, said));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select a.answer_text from dialogue_answer a join dialogue_chain c on c.id = a.chain_id
					where c.conversation = :channel""").param("channel", channel).query(String.class).list(),
					texts -> texts.equals(List.of(said)));
		// Only the chain's own first question is in its reply chain: no answer card.
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> posts(threadOf(channel, thread)).size() == 1);
	}

	@Test
	void subscribedChannelGetsTheReminderAsAnAdaptiveCardAndCanSnoozeIt() {
		clock.set(stockholm("2026-10-05T08:30"));
		String root = "1700000000601";
		send(teams.channelMention(root, "29:planner", REMINDER_CHANNEL, root, "prenumerera kommun"));
		assertThat(awaitPosts(threadOf(REMINDER_CHANNEL, root), 1).get(0).card().toString())
			.contains("Kanalen följer nu kalendern kommun");

		reminders.sendDue();

		FakeMicrosoft.Call post = budgetReminders().get(0);
		assertThat(post.method()).isEqualTo("POST");
		assertThat(post.path()).endsWith(REMINDER_CHANNEL + "/activities");
		JsonNode card = post.card();
		assertThat(card.path("body").path(0).path("text").asString()).isEqualTo(BUDGET + " – måndag 30 november 2026");
		assertThat(card.toString()).contains("**Därför är det ett fönster**", "Tre strömmar möts", "**Att förbereda**",
				"• Ett färdigt förslag om jämlik hälsa", "Källor", "Kingdon");
		List<JsonNode> body = card.path("body").valueStream().toList();
		assertThat(body.stream()
			.filter(element -> element.path("type").asString().equals("ActionSet"))
			.map(element -> element.path("actions").path(0))).hasSizeBetween(2, 3).allSatisfy(show -> {
				assertThat(show.path("type").asString()).isEqualTo("Action.ShowCard");
				assertThat(show.path("title").asString()).isEqualTo("Visa stycket");
			});
		assertThat(body).anySatisfy(element -> {
			assertThat(element.path("type").asString()).isEqualTo("Image");
			assertThat(element.path("url").asString()).endsWith("/wheel/kommun.png?year=2026&locale=sv");
		});
		String value = "kommun|budget|2026-11-30";
		assertThat(submitValue(card, "windows.snooze")).isEqualTo(value);
		assertThat(submitValue(card, "windows.mute")).isEqualTo(value);

		String pressed = "1700000000602";
		send(teams.channelSubmit(pressed, "29:planner", REMINDER_CHANNEL, post.id(), post.id(),
				"{\"fyren\": \"card\", \"id\": \"windows.snooze\", \"value\": \"" + value + "\"}"));

		FakeMicrosoft.Call confirmation = awaitPosts(threadOf(REMINDER_CHANNEL, post.id()), 1).get(0);
		assertThat(confirmation.path()).endsWith("/activities/" + pressed);
		assertThat(confirmation.card().toString())
			.contains("Jag påminner er om " + BUDGET + " igen måndag den 12 oktober 2026.");
		assertThat(jdbc
			.sql("""
					select next_fire_time from qrtz_triggers where trigger_group = 'windows' and trigger_name like 'snooze/%'""")
			.query(Long.class)
			.list()).containsExactly(stockholm("2026-10-12T08:30").toEpochMilli());
		clock.advance(Duration.ofDays(7));
		reminders.sendDue();
		assertThat(budgetReminders()).hasSize(2);
	}

	private List<FakeMicrosoft.Call> budgetReminders() {
		return posts(REMINDER_CHANNEL).stream()
			.filter(call -> call.card().path("body").path(0).path("text").asString().startsWith(BUDGET))
			.toList();
	}

	/** The reply chain of a dialogue chain started and stopped in a channel. */
	private String endedChain(String channel, String root, String stopId) {
		send(teams.channelMention(root, "29:facil", channel, root, "dialog start Socialnämnden"));
		String thread = awaitPosts(channel, 1).get(0).id();
		awaitPosts(threadOf(channel, thread), 1);
		send(teams.channelMention(stopId, "29:facil", channel, thread, "dialog stopp"));
		return thread;
	}

	@Test
	void anAnswerInTheReplyChainAfterTheChainEndedIsToldOnceThatItWasNotSaved() {
		String channel = "19:ended0000000000000000000000000000@thread.tacv2";
		String root = "1700000000701";
		String thread = endedChain(channel, root, "1700000000702");
		// The summary and the answer to the facilitator's command.
		int before = awaitPosts(threadOf(channel, thread), 3).size();

		send(teams.channelReply("1700000000703", "29:anna", channel, thread, "Mitt svar kom för sent"));
		FakeMicrosoft.Call told = awaitPosts(threadOf(channel, thread), before + 1).get(before);
		assertThat(told.path()).endsWith("/activities/1700000000703");
		assertThat(told.card().toString()).contains("Dialogkedjan är avslutad, så svaret sparades inte.");
		// Anna's next message in the reply chain is talk among people: not told again.
		send(teams.channelReply("1700000000704", "29:anna", channel, thread, "Vi tar det på nästa möte"));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> posts(threadOf(channel, thread)).size() == before + 1);
		assertThat(jdbc
			.sql("select count(*) from dialogue_answer a join dialogue_chain c on c.id = a.chain_id"
					+ " where c.conversation = :channel")
			.param("channel", channel)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aMentionInTheReplyChainAfterTheChainEndedIsAnsweredAsAQuestion() {
		String channel = "19:endedask000000000000000000000000@thread.tacv2";
		String root = "1700000000801";
		String thread = endedChain(channel, root, "1700000000802");
		int before = awaitPosts(threadOf(channel, thread), 3).size();

		send(teams.channelMention("1700000000803", "29:dora", channel, thread, "Vad är dialogkedjan?"));
		FakeMicrosoft.Call answered = awaitPosts(threadOf(channel, thread), before + 1).get(before);
		assertThat(answered.path()).endsWith("/activities/1700000000803");
		assertThat(answered.card().toString()).doesNotContain("Dialogkedjan är avslutad").contains("Källor");
		// A plain reply in the reply chain is still told that it was not saved.
		send(teams.channelReply("1700000000804", "29:dora", channel, thread, "Mitt svar kom för sent"));
		assertThat(awaitPosts(threadOf(channel, thread), before + 2).get(before + 1).card().toString())
			.contains("Dialogkedjan är avslutad, så svaret sparades inte.");
	}

	/** The value an {@code Action.Submit} of the card sends for a feature's action. */
	private static String submitValue(JsonNode card, String actionId) {
		return card.path("actions")
			.valueStream()
			.filter(action -> action.path("data").path("id").asString("").equals(actionId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + actionId + " button in " + card))
			.path("data")
			.path("value")
			.asString();
	}

	/** The conversation id of a channel's reply chain, as Teams writes it. */
	private static String threadOf(String channel, String root) {
		return channel + Activity.THREAD_MARK + root;
	}

	private List<FakeMicrosoft.Call> posts(String conversation) {
		return app.posts(conversation);
	}

	private List<FakeMicrosoft.Call> awaitPosts(String conversation, int count) {
		return app.awaitPosts(conversation, count);
	}

	private int answers() {
		return jdbc.sql("""
				select count(*) from dialogue_answer a join dialogue_chain c on c.id = a.chain_id
				where c.conversation = :channel""").param("channel", DIALOGUE_CHANNEL).query(Integer.class).single();
	}

	/** With a Bot Framework token valid at Fyren's (the test's) time. */
	private void send(String activity) {
		app.send(port, clock.instant(), activity);
	}

}
