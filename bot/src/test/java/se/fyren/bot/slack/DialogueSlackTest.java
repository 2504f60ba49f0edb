package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.MutableClock;

/**
 * A whole dialogue chain through Slack at the wire: the slash command starts it,
 * questions are posted in the start message's thread, three participants answer in the
 * thread (one edits, one answers by the modal's button), the facilitator moves on with
 * the card's button, and the summary names who said what as Slack names them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Config.class)
class DialogueSlackTest {

	@RegisterExtension
	static final SlackAppFixture app = new SlackAppFixture("slack-dialogue");

	static final FakeSlack slack = app.slack();

	static final String CHANNEL = "C0DIALOG";

	@DynamicPropertySource
	static void slackAndData(DynamicPropertyRegistry registry) {
		app.register(registry);
		registry.add("fyren.knowledge.index-on-start", () -> "false");
		registry.add("fyren.dialogue.templates",
				() -> Path.of("..", "config", "dialogue").toAbsolutePath().normalize().toString());
		registry.add("fyren.dialogue.countdown-every", () -> "1h");
		// Spring registers a scheduler's data source JVM-wide by name; other live test
		// applications use the default.
		registry.add("spring.quartz.scheduler-name", () -> "dialogueSlackTest");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFacilitatorRunsTheWholeChainInSlackWithThreeParticipants() {
		// Anna has a display name, Bo only a full name, Cecilia none: Slack's users.info
		// names the first two.
		slack.profile("UANNA", "Anna A", "Anna Andersson");
		slack.profile("UBO", "", "Bo Berg");
		SignedSlack signed = new SignedSlack(port);
		String started = slack.responseUrl(UUID.randomUUID().toString());
		signed.send(signed.slashCommand("UFACIL", CHANNEL, "dialog start Barn- och utbildningsnämnden", started,
				"t-" + UUID.randomUUID()));

		List<FakeSlack.Call> posts = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.posts(CHANNEL), p -> p.size() == 2);
		assertThat(await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.responses(started), r -> r.size() == 1)
			.get(0)
			.text()).contains("har startat");
		assertThat(posts.get(0).param("thread_ts")).isNull();
		assertThat(posts.get(0).text()).contains("Dialogkedjan med Barn- och utbildningsnämnden");
		String thread = posts.get(1).param("thread_ts");
		assertThat(thread).isNotNull();

		for (int step = 0; step < 4; step++) {
			FakeSlack.Call question = slack.posts(CHANNEL).get(1 + step);
			assertThat(question.param("thread_ts")).isEqualTo(thread);
			assertThat(question.text()).contains("Fråga " + (step + 1) + " av 4");
			String value = question.buttons().get(ReplyBlocks.CARD_ACTION + "dialogue.next");
			for (String user : List.of("UANNA", "UBO")) {
				signed.send(signed.message("Ev-" + UUID.randomUUID(), user, CHANNEL, "channel",
						"17000" + step + user.length() + ".00010" + user.length(), thread,
						user + " om fråga " + (step + 1)));
			}
			String answer = question.buttons().get(ReplyBlocks.CARD_INPUT + "dialogue.answer");
			assertThat(answer).isEqualTo(value);
			int expected = 3 * (step + 1);
			signed.send(signed.viewSubmission("UCECILIA", ReplyBlocks.INPUT_VIEW,
					new CardClick("dialogue.answer", answer, CHANNEL, thread, null).toJson(),
					"UCECILIA om fråga " + (step + 1)));
			await().atMost(Duration.ofSeconds(10)).until(this::answers, count -> count == expected);

			signed.send(signed.cardAction("UFACIL", CHANNEL, "1.0", thread, ReplyBlocks.CARD_ACTION + "dialogue.next",
					value, slack.responseUrl(UUID.randomUUID().toString())));
			int next = step + 3;
			await().atMost(Duration.ofSeconds(10)).until(() -> slack.posts(CHANNEL), p -> p.size() == next);
		}
		// Anna rewrites her first answer after the chain: the record and the export
		// follow.
		signed.send(signed.messageChanged("Ev-edit", "UANNA", CHANNEL, "170000" + 5 + ".000105", thread,
				"UANNA om fråga 1, omskrivet"));

		FakeSlack.Call summary = slack.posts(CHANNEL).get(5);
		assertThat(summary.param("thread_ts")).isEqualTo(thread);
		assertThat(summary.text()).contains("Sammanfattning: Dialogkedjan med Barn- och utbildningsnämnden");
		for (int step = 1; step <= 4; step++) {
			assertThat(summary.text()).contains("Anna A: UANNA om fråga " + step, "Bo Berg: UBO om fråga " + step,
					"Deltagare 1: UCECILIA om fråga " + step);
		}
		// Each question's message was updated in place to a closed card.
		assertThat(slack.calls(call -> call.method().equals("chat.update") && CHANNEL.equals(call.param("channel"))))
			.hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy(update -> assertThat(update.text()).doesNotContain("⏳"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from dialogue_answer where edited")
				.query(Integer.class)
				.single() == 1);
		// The names were kept with the answers as they came, for the export after people
		// leave Slack.
		assertThat(jdbc.sql("select distinct user_id || '=' || coalesce(user_name, '-') from dialogue_answer")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("UANNA=Anna A", "UBO=Bo Berg", "UCECILIA=-");
	}

	@Test
	void aMentionInTheChainsThreadIsRecordedAsAnAnswerWithoutTheMentionAndNotAnsweredAsAQuestion() {
		String channel = "C0MENTION";
		SignedSlack signed = new SignedSlack(port);
		signed.send(signed.slashCommand("UFACIL", channel, "dialog start Kommunstyrelsen",
				slack.responseUrl(UUID.randomUUID().toString()), "t-" + UUID.randomUUID()));
		String thread = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.posts(channel), p -> p.size() == 2)
			.get(1)
			.param("thread_ts");

		// Slack delivers a mention in a thread twice: as the thread's message and as
		// app_mention.
		String said = "Vårt uppdrag är att alla barn ska lyckas i skolan";
		String ts = "1700000777.000100";
		signed.send(signed.message("Ev-m1", "UANNA", channel, "channel", ts, thread,
				"<@" + FakeSlack.BOT_USER + "> " + said));
		signed.send(signed.mentionInThread("Ev-m2", "UANNA", channel, ts, thread, said));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select a.answer_text from dialogue_answer a join dialogue_chain c on c.id = a.chain_id
					where c.conversation = :channel""").param("channel", channel).query(String.class).list(),
					texts -> texts.equals(List.of(said)));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> slack.posts(channel).size() == 2);
	}

	/** A chain's thread, and how many posts the channel holds once the chain stopped. */
	private record EndedChain(String thread, int posts) {
	}

	private EndedChain endedChain(SignedSlack signed, String channel) {
		signed.send(signed.slashCommand("UFACIL", channel, "dialog start Socialnämnden",
				slack.responseUrl(UUID.randomUUID().toString()), "t-" + UUID.randomUUID()));
		String thread = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.posts(channel), p -> p.size() == 2)
			.get(1)
			.param("thread_ts");
		signed.send(signed.slashCommand("UFACIL", channel, "dialog stopp",
				slack.responseUrl(UUID.randomUUID().toString()), "t-" + UUID.randomUUID()));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select state from dialogue_chain where conversation = :channel")
				.param("channel", channel)
				.query(String.class)
				.single(), "STOPPED"::equals);
		int before = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.posts(channel), p -> p.size() >= 3)
			.size();
		return new EndedChain(thread, before);
	}

	@Test
	void anAnswerInTheThreadAfterTheChainEndedIsToldOnceThatItWasNotSaved() {
		String channel = "C0ENDED";
		SignedSlack signed = new SignedSlack(port);
		EndedChain ended = endedChain(signed, channel);
		String thread = ended.thread();
		int before = ended.posts();

		signed.send(signed.message("Ev-late1", "UANNA", channel, "channel", "1700000888.000100", thread,
				"Mitt svar kom för sent"));
		FakeSlack.Call told = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.posts(channel), p -> p.size() == before + 1)
			.get(before);
		assertThat(told.param("thread_ts")).isEqualTo(thread);
		assertThat(told.text()).contains("Dialogkedjan är avslutad, så svaret sparades inte.");
		// Anna's next message in the thread is talk among people: not told again.
		signed.send(signed.message("Ev-late2", "UANNA", channel, "channel", "1700000888.000200", thread,
				"Ja, vi tar det på nästa möte"));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> slack.posts(channel).size() == before + 1);
		assertThat(jdbc
			.sql("select count(*) from dialogue_answer a join dialogue_chain c on c.id = a.chain_id"
					+ " where c.conversation = :channel")
			.param("channel", channel)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aMentionInTheThreadAfterTheChainEndedIsAnsweredAsAQuestion() {
		String channel = "C0ENDASK";
		SignedSlack signed = new SignedSlack(port);
		EndedChain ended = endedChain(signed, channel);
		String thread = ended.thread();
		int before = ended.posts();

		// Slack delivers the mention twice: as the thread's message and as app_mention.
		// Dora is no other test's: answering her asks Slack of her, and what it says is
		// kept for the rest of the class.
		String asked = "Vad är dialogkedjan?";
		String ts = "1700000999.000100";
		signed.send(signed.message("Ev-q1", "UDORA", channel, "channel", ts, thread,
				"<@" + FakeSlack.BOT_USER + "> " + asked));
		signed.send(signed.mentionInThread("Ev-q2", "UDORA", channel, ts, thread, asked));

		FakeSlack.Call answered = await().atMost(Duration.ofSeconds(60))
			.until(() -> slack.posts(channel), p -> p.size() == before + 1)
			.get(before);
		assertThat(answered.param("thread_ts")).isEqualTo(thread);
		// Answered as a question, with an answer's rating buttons (this test's Fyren
		// indexes no reports at start, so the answer itself is not its concern).
		assertThat(answered.text()).doesNotContain("Dialogkedjan är avslutad").contains("Till hjälp");
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> slack.posts(channel).size() == before + 1);
		// A plain reply in the thread is still told that it was not saved.
		signed.send(signed.message("Ev-q3", "UDORA", channel, "channel", "1700000999.000200", thread,
				"Mitt svar kom för sent"));
		assertThat(await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.posts(channel), p -> p.size() == before + 2)
			.get(before + 1)
			.text()).contains("Dialogkedjan är avslutad, så svaret sparades inte.");
	}

	private int answers() {
		return jdbc.sql("""
				select count(*) from dialogue_answer a join dialogue_chain c on c.id = a.chain_id
				where c.conversation = :channel""").param("channel", CHANNEL).query(Integer.class).single();
	}

}
