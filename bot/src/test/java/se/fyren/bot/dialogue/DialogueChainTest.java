package se.fyren.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.MutableClock;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;

/**
 * The dialogue chain through the chat core with the real database, the real Quartz job
 * store and the real templates; only Slack's side is a recording outbox. Each test runs
 * in its own channel, as chains do.
 */
class DialogueChainTest extends DialogueAppTest {

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	static final String FACILITATOR = "UFACIL";

	static final String GROUP = "Barn- och utbildningsnämnden";

	@Autowired
	Conversation conversation;

	@Autowired
	ChainTransitions dialogues;

	@Autowired
	ChainRetention retention;

	@Autowired
	RecordingOutbox outbox;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scheduler scheduler;

	@Autowired
	MeterRegistry meters;

	@Test
	void runsAFullChainWithThreeParticipants() {
		// A chain that ran to its end was not counted among the chains ended.
		double finishedBefore = finishedChains();
		String channel = channel();
		Reply started = say(channel, FACILITATOR, "dialog start " + GROUP);

		assertThat(text(started)).isEqualTo("Dialogkedjan med " + GROUP + " har startat. Frågorna kommer i tråden.");
		List<RecordingOutbox.Posted> posts = outbox.posts(channel);
		assertThat(posts).hasSize(2);
		Reply.Card start = (Reply.Card) posts.get(0).reply();
		assertThat(start.title()).isEqualTo("Dialogkedjan med " + GROUP);
		assertThat(posts.get(0).where().thread()).isNull();
		String thread = posts.get(0).id();
		assertThat(posts.get(1).where()).isEqualTo(new Destination(Channel.SLACK, channel, thread));
		Reply.Card first = (Reply.Card) posts.get(1).reply();
		assertThat(first.title()).isEqualTo("Fråga 1 av 4");
		assertThat(first.paragraphs()).contains("*Vad är ert huvudsakliga uppdrag och mål?*", "⏳ 0:30 kvar");
		assertThat(first.actions()).extracting(Reply.Action::id)
			.containsExactly("dialogue.answer", "dialogue.next", "dialogue.more", "dialogue.skip", "dialogue.stop");
		assertThat(first.actions().get(0).inputLabel()).isEqualTo("Ditt svar");

		List<String> questions = List.of("Vad är ert huvudsakliga uppdrag och mål?",
				"Har folkhälsoläget betydelse för detta?", "På vilket sätt?",
				"Kan vi och ni påverka folkhälsoläget? I så fall, hur?");
		for (int step = 0; step < 4; step++) {
			for (String user : List.of("UANNA", "UBO", "UCECILIA")) {
				assertThat(hear(channel, thread, user, user + " svarar på fråga " + (step + 1))).isTrue();
			}
			say(channel, FACILITATOR, "dialog nästa");
		}

		Reply.Card summary = outbox.cards(channel).get(outbox.cards(channel).size() - 1);
		assertThat(summary.title()).isEqualTo("Sammanfattning: Dialogkedjan med " + GROUP);
		for (int step = 0; step < 4; step++) {
			assertThat(summary.paragraphs().get(step)).startsWith("*" + (step + 1) + ". " + questions.get(step) + "*")
				.contains("• Deltagare 1: UANNA svarar på fråga " + (step + 1))
				.contains("• Deltagare 2: UBO svarar på fråga " + (step + 1))
				.contains("• Deltagare 3: UCECILIA svarar på fråga " + (step + 1));
		}
		assertThat(outbox.cards(channel)).hasSize(1 + 4 + 1);
		// Every question's card was closed when the chain moved on: no buttons left to
		// press.
		outbox.posts(channel)
			.subList(1, 5)
			.forEach(question -> assertThat(outbox.current(question.id()).actions()).isEmpty());
		assertThat(state(channel)).isEqualTo("FINISHED");
		assertThat(finishedChains()).isEqualTo(finishedBefore + 1);
		assertThat(jdbc.sql("select count(*) from qrtz_triggers where trigger_name = :name")
			.param("name", ChainTimers.key(chainId(channel)).getName())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aQuestionClosesWhenItsTimeRunsOutAndTheDeadlineIsPersistedForQuartz() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		String id = chainId(channel);
		Instant deadline = clock.instant().plusSeconds(30);
		assertThat(nextFireTime(id)).isEqualTo(deadline.toEpochMilli());

		clock.advance(Duration.ofSeconds(29));
		dialogues.advanceDue();
		assertThat(outbox.cards(channel)).hasSize(2);

		clock.advance(Duration.ofSeconds(1));
		dialogues.advanceDue();
		assertThat(outbox.cards(channel)).hasSize(3);
		assertThat(outbox.cards(channel).get(2).title()).isEqualTo("Fråga 2 av 4");
		assertThat(outbox.current(outbox.posts(channel).get(1).id()).paragraphs()).contains("Frågan är stängd.");
		assertThat(nextFireTime(id)).isEqualTo(clock.instant().plusSeconds(30).toEpochMilli());

		for (int i = 0; i < 3; i++) {
			clock.advance(Duration.ofSeconds(30));
			dialogues.advanceDue();
		}
		assertThat(state(channel)).isEqualTo("FINISHED");
		assertThat(outbox.cards(channel).get(5).title()).startsWith("Sammanfattning");
		assertThat(outbox.cards(channel).get(5).paragraphs().get(0)).endsWith("(inga svar)");
	}

	@Test
	void quartzFiresADeadlineMissedWhileFyrenWasDown() throws Exception {
		String channel = channel();
		scheduler.standby();
		try {
			// The chain started two minutes ago by the clock: its trigger is past the
			// misfire threshold.
			clock.set(Instant.now().minus(Duration.ofMinutes(2)));
			say(channel, FACILITATOR, "dialog start " + GROUP);
			clock.advance(Duration.ofSeconds(31));
		}
		finally {
			scheduler.start();
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> outbox.cards(channel).size() == 3);
		assertThat(outbox.cards(channel).get(2).title()).isEqualTo("Fråga 2 av 4");
		clock.set(Instant.now());
	}

	@Test
	void theFacilitatorGoesOnEarlyAddsTimeSkipsAndStopsWithTheButtons() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		String id = chainId(channel);
		Destination thread = threadOf(channel);
		String firstCard = outbox.posts(channel).get(1).id();

		Optional<Reply> refused = click(thread, "UANNA", firstCard, ChainCards.NEXT, id + "/0", null);
		assertThat(text(refused.orElseThrow())).isEqualTo("Bara den som startade dialogkedjan kan styra den.");
		assertThat(outbox.cards(channel)).hasSize(2);

		assertThat(click(thread, FACILITATOR, firstCard, ChainCards.NEXT, id + "/0", null)).isEmpty();
		assertThat(outbox.cards(channel)).hasSize(3);
		// A second click on the old card does not skip a question.
		assertThat(text(click(thread, FACILITATOR, firstCard, ChainCards.NEXT, id + "/0", null).orElseThrow()))
			.contains("redan stängd");
		assertThat(outbox.cards(channel)).hasSize(3);

		String secondCard = outbox.posts(channel).get(2).id();
		clock.advance(Duration.ofSeconds(20));
		assertThat(click(thread, FACILITATOR, secondCard, ChainCards.MORE_TIME, id + "/1", null)).isEmpty();
		assertThat(outbox.current(secondCard).paragraphs()).contains("⏳ 0:40 kvar");
		clock.advance(Duration.ofSeconds(30));
		dialogues.advanceDue();
		assertThat(outbox.cards(channel)).as("still open after the extra time").hasSize(3);
		dialogues.refreshCountdowns();
		assertThat(outbox.current(secondCard).paragraphs()).contains("⏳ 0:10 kvar");

		assertThat(click(thread, FACILITATOR, secondCard, ChainCards.SKIP, id + "/1", null)).isEmpty();
		assertThat(outbox.current(secondCard).paragraphs()).contains("Frågan har hoppats över.");
		String thirdCard = outbox.posts(channel).get(3).id();
		assertThat(text(click(thread, "UBO", thirdCard, ChainCards.ANSWER, id + "/2", "Genom skolmaten").orElseThrow()))
			.isEqualTo("Tack, ditt svar är sparat.");
		assertThat(click(thread, FACILITATOR, thirdCard, ChainCards.STOP, id + "/2", null)).isEmpty();

		Reply.Card summary = outbox.cards(channel).get(4);
		assertThat(summary.paragraphs().get(0)).isEqualTo("Dialogkedjan avslutades i förtid.");
		assertThat(summary.paragraphs().get(2)).endsWith("(överhoppad)");
		assertThat(summary.paragraphs().get(3)).contains("• Deltagare 1: Genom skolmaten");
		assertThat(state(channel)).isEqualTo("STOPPED");
		assertThat(text(say(channel, FACILITATOR, "dialog nästa"))).startsWith("Ingen dialogkedja pågår här");
	}

	@Test
	void aButtonOfAnEndedChainSaysThatChainEndedNotThatNoneRunsWhileAnotherDoes() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		String id = chainId(channel);
		Destination thread = threadOf(channel);
		String firstCard = outbox.posts(channel).get(1).id();
		say(channel, FACILITATOR, "dialog stopp");
		say(channel, FACILITATOR, "dialog start Kommunstyrelsen");

		assertThat(text(click(thread, FACILITATOR, firstCard, ChainCards.NEXT, id + "/0", null).orElseThrow()))
			.isEqualTo("Den dialogkedjan är redan avslutad; knappen gäller inte längre.");
	}

	@Test
	void aChainHasEndedWithItsLastMoveEvenWhenFyrenFailsBeforeTheSummary() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		for (int step = 0; step < 3; step++) {
			say(channel, FACILITATOR, "dialog nästa");
		}
		outbox.breakUpdatesIn(channel);

		// The last question times out, and closing its card fails as a crash would.
		clock.advance(Duration.ofSeconds(30));
		dialogues.advanceDue();

		assertThat(state(channel)).isEqualTo("FINISHED");
		assertThat(jdbc
			.sql("select count(*) from dialogue_chain where conversation = :channel and running_in is null"
					+ " and ended_at is not null")
			.param("channel", channel)
			.query(Integer.class)
			.single()).isOne();
		assertThat(text(say(channel, FACILITATOR, "dialog mer tid"))).startsWith("Ingen dialogkedja pågår här");
		outbox.mendUpdatesIn(channel);
		assertThat(text(say(channel, "UBO", "dialog start Kommunstyrelsen")))
			.isEqualTo("Dialogkedjan med Kommunstyrelsen har startat. Frågorna kommer i tråden.");
	}

	@Test
	void aButtonActsOnlyInTheConversationItsChainRunsIn() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		String id = chainId(channel);
		String firstCard = outbox.posts(channel).get(1).id();
		Destination elsewhere = new Destination(Channel.SLACK, channel(), null);
		Destination otherChat = new Destination(Channel.WEB, channel, null);

		for (Destination where : List.of(elsewhere, otherChat)) {
			assertThat(text(click(where, FACILITATOR, firstCard, ChainCards.NEXT, id + "/0", null).orElseThrow()))
				.isEqualTo("Den knappen hör till en dialogkedja i en annan kanal."
						+ " Svara och styr i kanalen där kedjan körs.");
			assertThat(text(
					click(where, "UANNA", firstCard, ChainCards.ANSWER, id + "/0", "Från fel kanal").orElseThrow()))
				.startsWith("Den knappen hör till en dialogkedja i en annan kanal");
		}

		assertThat(outbox.cards(channel)).hasSize(2);
		assertThat(jdbc.sql("select count(*) from dialogue_answer where chain_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(click(threadOf(channel), FACILITATOR, firstCard, ChainCards.NEXT, id + "/0", null)).isEmpty();
		assertThat(outbox.cards(channel)).hasSize(3);
	}

	@Test
	void aWebChainStartedByNoOneInParticularIsSteeredAndExportedByNoOne() {
		String room = "rum-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(text(web(room, null, "dialog start " + GROUP))).contains("har startat");
		String id = chainId(room);

		assertThat(text(web(room, null, "dialog nästa")))
			.isEqualTo("Bara den som startade dialogkedjan kan styra den.");
		assertThat(text(web(room, "web:someone", "dialog stopp"))).startsWith("Bara den som startade");
		assertThat(text(web(room, null, "dialog export " + id))).startsWith("Bara samtalsledaren");
		assertThat(text(web(room, "web:someone", "dialog export " + id))).startsWith("Bara samtalsledaren");
		assertThat(state(room)).isEqualTo("RUNNING");
	}

	@Test
	void theCountdownDoesNotReopenAQuestionThatClosedWhileItRan() {
		String north = channel();
		String south = channel();
		say(north, FACILITATOR, "dialog start " + GROUP);
		say(south, FACILITATOR, "dialog start " + GROUP);
		String northFirst = outbox.posts(north).get(1).id();
		String southFirst = outbox.posts(south).get(1).id();
		// While the countdown updates one chain's card, the other chain moves on.
		outbox.beforeFirstUpdateIn(Set.of(north, south),
				updating -> say(updating.equals(north) ? south : north, FACILITATOR, "dialog nästa"));
		clock.advance(Duration.ofSeconds(10));

		dialogues.refreshCountdowns();

		String closed = outbox.cards(north).size() == 3 ? northFirst : southFirst;
		String open = closed.equals(northFirst) ? southFirst : northFirst;
		assertThat(outbox.current(closed).paragraphs()).contains("Frågan är stängd.");
		assertThat(outbox.current(closed).actions()).isEmpty();
		assertThat(outbox.current(open).paragraphs()).contains("⏳ 0:20 kvar");

		// A question past its deadline is left to the timer, not shown at 0:00 as open.
		clock.advance(Duration.ofSeconds(25));
		long before = outbox.updatesOf(open);
		dialogues.refreshCountdowns();
		assertThat(outbox.updatesOf(open)).isEqualTo(before);
	}

	@Test
	void aSummaryOfManyLongAnswersFitsInAChatMessageAndPointsToTheExport() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		String thread = threadOf(channel).thread();
		String id = chainId(channel);
		String answer = "Vår förmåga att nå målen hänger på hälsan i åldrarna över sjuttio år. ".repeat(20);
		for (int step = 0; step < 4; step++) {
			for (int person = 0; person < 12; person++) {
				hear(channel, thread, "U" + person, answer);
			}
			say(channel, FACILITATOR, "dialog nästa");
		}

		Reply.Card summary = last(channel);
		assertThat(summary.title()).startsWith("Sammanfattning");
		for (String paragraph : summary.paragraphs()) {
			assertThat(paragraph.length()).as("a Slack section").isLessThanOrEqualTo(3000);
		}
		assertThat(String.join("\n", summary.paragraphs()).getBytes(StandardCharsets.UTF_8).length)
			.as("a Teams message, with room for its card")
			.isLessThan(24_000);
		List<String> lines = summary.paragraphs().get(0).lines().filter(line -> line.startsWith("• ")).toList();
		assertThat(lines).isNotEmpty()
			.allSatisfy(
					line -> assertThat(line).endsWith("…").hasSizeLessThanOrEqualTo("• Deltagare 10: ".length() + 300));
		assertThat(summary.paragraphs().get(0)).endsWith("… och " + (12 - lines.size()) + " svar till.");
		assertThat(summary.paragraphs().get(3)).contains("svar till.");
		assertThat(summary.paragraphs().get(4)).isEqualTo(
				"Långa svar är förkortade här, och när svaren är många visas inte alla. Hela texten finns i exporten: *dialog export "
						+ id + "*.");
	}

	@Test
	void oneChainsCountdownFailingDoesNotStopTheOthers() {
		String broken = channel();
		String fine = channel();
		say(broken, FACILITATOR, "dialog start " + GROUP);
		say(fine, FACILITATOR, "dialog start " + GROUP);
		String fineCard = outbox.posts(fine).get(1).id();
		outbox.breakUpdatesIn(broken);
		clock.advance(Duration.ofSeconds(5));

		try {
			dialogues.refreshCountdowns();
		}
		finally {
			outbox.mendUpdatesIn(broken);
		}

		assertThat(outbox.current(fineCard).paragraphs()).contains("⏳ 0:25 kvar");
		say(broken, FACILITATOR, "dialog stopp");
		say(fine, FACILITATOR, "dialog stopp");
	}

	@Test
	void anAnonymousChainNamesParticipantsByNumber() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start Kommunstyrelsen anonymt");
		String thread = threadOf(channel).thread();
		assertThat(outbox.cards(channel).get(0).paragraphs()).contains("Svaren sammanfattas anonymt.");

		hear(channel, thread, "UBO", "Trygghet");
		hear(channel, thread, "UANNA", "Tillväxt");
		hear(channel, thread, "UDORA", "Hälsa");
		say(channel, FACILITATOR, "dialog nästa");
		hear(channel, thread, "UANNA", "Ja");
		say(channel, FACILITATOR, "dialog stopp");

		Reply.Card summary = outbox.cards(channel).get(outbox.cards(channel).size() - 1);
		String all = String.join("\n", summary.paragraphs());
		assertThat(summary.title()).endsWith("med Kommunstyrelsen");
		assertThat(summary.paragraphs().get(1)).contains("• Deltagare 1: Trygghet", "• Deltagare 2: Tillväxt",
				"• Deltagare 3: Hälsa");
		assertThat(summary.paragraphs().get(2)).contains("• Deltagare 2: Ja");
		assertThat(all).doesNotContain("UBO", "UANNA", "UDORA", "Dora");
		// Not even kept: an anonymous chain stores no names.
		assertThat(jdbc.sql("select count(*) from dialogue_answer where chain_id = :id and user_name is not null")
			.param("id", chainId(channel))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void twoChainsRunAtOnceInTwoChannelsWithoutMixingAnswers() {
		String north = channel();
		String south = channel();
		say(north, FACILITATOR, "dialog start " + GROUP);
		say(south, "UOTHER", "dialog start atgardsmatris Socialnämnden");
		hear(north, threadOf(north).thread(), "UANNA", "Norr svarar");
		hear(south, threadOf(south).thread(), "UBO", "Söder svarar");
		assertThat(outbox.cards(south).get(1).paragraphs()).contains("⏳ 0:45 kvar");

		// The facilitator of one chain cannot stop the other.
		assertThat(text(say(south, FACILITATOR, "dialog stopp"))).startsWith("Bara den som startade");
		say(north, FACILITATOR, "dialog stopp");
		say(south, "UOTHER", "dialog stopp");

		String northSummary = String.join("\n", last(north).paragraphs());
		String southSummary = String.join("\n", last(south).paragraphs());
		assertThat(northSummary).contains("Norr svarar").doesNotContain("Söder svarar");
		assertThat(southSummary).contains("Söder svarar").doesNotContain("Norr svarar");
		assertThat(last(south).title()).isEqualTo("Sammanfattning: Generella och riktade åtgärder med Socialnämnden");
	}

	@Test
	void anEditedAnswerIsUpdatedAndADeletedOneLeftOut() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		Destination thread = threadOf(channel);
		conversation.hear(new Heard(thread, "UANNA", "ts-1", "Skolresultat", Heard.Change.NEW, null));
		conversation.hear(new Heard(thread, "UBO", "ts-2", "Något jag ångrar", Heard.Change.NEW, null));
		conversation.hear(new Heard(thread, "UANNA", "ts-1", "Skolresultat och närvaro", Heard.Change.EDITED, null));
		conversation.hear(new Heard(thread, "UBO", "ts-2", "", Heard.Change.DELETED, null));
		// Slack delivering the same message twice keeps it once.
		conversation.hear(new Heard(thread, "UANNA", "ts-1", "Skolresultat", Heard.Change.NEW, null));
		say(channel, FACILITATOR, "dialog stopp");

		assertThat(last(channel).paragraphs().get(1)).endsWith("• Deltagare 1: Skolresultat och närvaro (ändrat)")
			.doesNotContain("ångrar");
		assertThat(
				jdbc.sql("select deleted from dialogue_answer where message_id = 'ts-2'").query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void badInputIsAnsweredKindlyAndLosesNothing() {
		String channel = channel();
		assertThat(text(say(channel, FACILITATOR, "dialog start mall:finns-inte Kommunstyrelsen")))
			.isEqualTo("Det finns ingen mall som heter \"finns-inte\". Mallar som finns: atgardsmatris, dialogkedjan.");
		assertThat(text(say(channel, FACILITATOR, "dialog start"))).startsWith("Skriv vilken grupp det gäller");
		assertThat(outbox.posts(channel)).isEmpty();

		say(channel, FACILITATOR, "dialog start " + GROUP);
		assertThat(text(say(channel, "UBO", "dialog start Kommunstyrelsen"))).isEqualTo("En dialogkedja med " + GROUP
				+ " pågår redan här. Avsluta den först med *dialog stopp*, eller starta den nya i en annan kanal.");
		assertThat(outbox.posts(channel)).hasSize(2);

		Destination thread = threadOf(channel);
		assertThat(conversation.hear(new Heard(thread, "UANNA", "ts-empty", "   ", Heard.Change.NEW, null))).isTrue();
		assertThat(text(click(thread, "UANNA", null, ChainCards.ANSWER, chainId(channel) + "/0", " ").orElseThrow()))
			.isEqualTo("Skriv ett svar först.");
		assertThat(text(click(thread, "UANNA", null, ChainCards.NEXT, "no-such/0", null).orElseThrow()))
			.startsWith("Den dialogkedjan känner jag inte igen");
		hear(channel, thread.thread(), "UANNA", "Ett riktigt svar");
		// A command written in the thread is left to the chat, not kept as an answer (the
		// chat has already taken out a mention of Fyren before it).
		assertThat(hear(channel, thread.thread(), FACILITATOR, "dialog nästa")).isFalse();
		assertThat(hear(channel, thread.thread(), FACILITATOR, "Dialog stopp")).isFalse();
		// A thread that is not a chain's is left to the others.
		assertThat(conversation.hear(new Heard(new Destination(Channel.SLACK, channel, "other"), "UANNA", "x", "Hej",
				Heard.Change.NEW, null)))
			.isFalse();
		say(channel, FACILITATOR, "dialog stopp");

		assertThat(jdbc.sql("select answer_text from dialogue_answer where chain_id = :id")
			.param("id", chainId(channel))
			.query(String.class)
			.list()).containsExactly("Ett riktigt svar");
		assertThat(text(say("refuses-" + channel, FACILITATOR, "dialog start " + GROUP)))
			.startsWith("Jag kunde inte skriva");
		assertThat(text(say("refuses-" + channel, FACILITATOR, "dialog start " + GROUP)))
			.startsWith("Jag kunde inte skriva");
	}

	@Test
	void historyGivesTheExportLinksWithTheirKeyToTheFacilitatorOnly() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		hear(channel, threadOf(channel).thread(), "UANNA", "Svar");
		say(channel, FACILITATOR, "dialog stopp");
		String id = chainId(channel);

		String key = jdbc.sql("select export_key from dialogue_chain where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		Reply.Card history = (Reply.Card) say(channel, FACILITATOR, "dialog historik");
		assertThat(history.title()).isEqualTo("Tidigare dialogkedjor här");
		assertThat(history.paragraphs()).singleElement()
			.asString()
			.contains("*" + GROUP + "* – Dialogkedjan", "avbruten, 1 svar (id " + id + ")",
					"http://localhost:" + port + "/api/dialogue/" + id + ".md?key=" + key,
					"/api/dialogue/" + id + ".csv?key=" + key);
		assertThat(text(say(channel, FACILITATOR, "dialog export " + id + " csv")))
			.isEqualTo("CSV: http://localhost:" + port + "/api/dialogue/" + id + ".csv?key=" + key);
		// Anyone else in the channel sees the chain, not the links that open its answers.
		assertThat(((Reply.Card) say(channel, "UANY", "dialog historik")).paragraphs()).singleElement()
			.asString()
			.contains("(id " + id + ")")
			.doesNotContain("/api/dialogue/", key);
		assertThat(text(say(channel, "UANY", "dialog export " + id + " csv"))).startsWith("Bara samtalsledaren")
			.doesNotContain(key);
		assertThat(text(say(channel, "UANY", "dialog export nosuch"))).contains("ingen dialogkedja med id \"nosuch\"");
		assertThat(text(say(channel(), "UANY", "dialog historik"))).isEqualTo("Inga dialogkedjor har körts här ännu.");
	}

	@Test
	void aChainWhoseTemplateVanishedIsCountedWhenStoppedAndPostsTheAnswersSoFarUnderTheQuestionsAsked() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		String id = chainId(channel);
		String thread = threadOf(channel).thread();
		hear(channel, thread, "UANNA", "Att alla barn ska lyckas i skolan");
		say(channel, FACILITATOR, "dialog nästa");
		hear(channel, thread, "UBO", "Ja, mycket");
		double stoppedBefore = endedChains("stopped");
		int cardsBefore = outbox.cards(channel).size();
		// The template file was removed from config while the chain ran.
		jdbc.sql("update dialogue_chain set template = 'borttagen' where id = :id").param("id", id).update();

		String said = text(say(channel, FACILITATOR, "dialog stopp"));

		assertThat(state(channel)).isEqualTo("STOPPED");
		assertThat(endedChains("stopped")).isEqualTo(stoppedBefore + 1);
		assertThat(said).isEqualTo("Dialogkedjan är avslutad: dess mall finns inte längre, så den öppna frågan "
				+ "kan inte stängas. Sammanfattningen visar svaren hittills under frågorna som de ställdes.");
		assertThat(outbox.cards(channel)).hasSize(cardsBefore + 1);
		Reply.Card summary = last(channel);
		assertThat(summary.title()).isEqualTo("Sammanfattning: Dialogkedjan med " + GROUP);
		assertThat(summary.paragraphs().get(0)).isEqualTo("Dialogkedjan avslutades i förtid.");
		assertThat(summary.paragraphs().get(1)).startsWith("*1. Vad är ert huvudsakliga uppdrag och mål?*")
			.contains("• Deltagare 1: Att alla barn ska lyckas i skolan");
		assertThat(summary.paragraphs().get(2)).startsWith("*2. Har folkhälsoläget betydelse för detta?*")
			.contains("• Deltagare 2: Ja, mycket");
		// The questions never asked are gone with the template: none is made up.
		assertThat(summary.paragraphs()).noneMatch(paragraph -> paragraph.startsWith("*3."));
		assertThat(jdbc.sql("select count(*) from qrtz_triggers where trigger_name = :name")
			.param("name", ChainTimers.key(id).getName())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aChainWhoseTemplateVanishedKeepsItsHistoryAndExportUnderTheQuestionsAsked() throws Exception {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		String id = chainId(channel);
		hear(channel, threadOf(channel).thread(), "UANNA", "Ett svar");
		hear(channel, threadOf(channel).thread(), "UBO", "Ett till");
		jdbc.sql("update dialogue_chain set template = 'borttagen' where id = :id").param("id", id).update();
		say(channel, FACILITATOR, "dialog stopp");
		String key = jdbc.sql("select export_key from dialogue_chain where id = :id")
			.param("id", id)
			.query(String.class)
			.single();

		Reply.Card history = (Reply.Card) say(channel, FACILITATOR, "dialog historik");

		assertThat(history.paragraphs()).anySatisfy(entry -> assertThat(entry).contains("borttagen", "2 svar (id " + id,
				"/api/dialogue/" + id + ".md?key=" + key));
		assertThat(text(say(channel, FACILITATOR, "dialog export " + id + " md")))
			.isEqualTo("Markdown: http://localhost:" + port + "/api/dialogue/" + id + ".md?key=" + key);
		HttpResponse<String> markdown = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/dialogue/" + id + ".md?key=" + key))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(markdown.statusCode()).isEqualTo(200);
		assertThat(markdown.body())
			.contains("# Sammanfattning: Dialogkedjan med " + GROUP, "## 1. Vad är ert huvudsakliga uppdrag och mål?",
					"**: Ett svar", "**: Ett till")
			.doesNotContain("## 2.");
	}

	@Test
	void aQuestionAskedBeforeItsTextWasKeptIsNumberedInTheSummaryOfAChainWhoseTemplateVanished() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		String id = chainId(channel);
		hear(channel, threadOf(channel).thread(), "UANNA", "Ett svar");
		// As a chain started before the texts were kept.
		jdbc.sql("update dialogue_step set question_text = null where chain_id = :id").param("id", id).update();
		jdbc.sql("update dialogue_chain set template = 'borttagen' where id = :id").param("id", id).update();

		say(channel, FACILITATOR, "dialog stopp");

		assertThat(last(channel).paragraphs().get(1)).startsWith("*1. (frågans text finns inte kvar)*")
			.contains("Ett svar");
	}

	@Test
	void aChainWhoseTemplateVanishedIsCountedWhenItsTimeRunsOut() {
		String channel = channel();
		say(channel, FACILITATOR, "dialog start " + GROUP);
		String id = chainId(channel);
		double stoppedBefore = endedChains("stopped");
		jdbc.sql("update dialogue_chain set template = 'borttagen' where id = :id").param("id", id).update();

		clock.advance(Duration.ofSeconds(30));
		dialogues.advanceDue();

		assertThat(state(channel)).isEqualTo("STOPPED");
		assertThat(endedChains("stopped")).isEqualTo(stoppedBefore + 1);
	}

	@Test
	void retentionDeletesOldChainsWithTheirAnswers() {
		String old = channel();
		clock.set(Instant.now().minus(Duration.ofDays(91)));
		say(old, FACILITATOR, "dialog start " + GROUP);
		hear(old, threadOf(old).thread(), "UANNA", "Gammalt svar");
		say(old, FACILITATOR, "dialog stopp");
		String oldId = chainId(old);
		clock.set(Instant.now());
		String recent = channel();
		say(recent, FACILITATOR, "dialog start " + GROUP);
		say(recent, FACILITATOR, "dialog stopp");

		Chains.Deleted deleted = retention.deleteExpired();

		assertThat(deleted.chains()).isGreaterThanOrEqualTo(1);
		assertThat(deleted.answers()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from dialogue_chain where id = :id")
			.param("id", oldId)
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from dialogue_answer where chain_id = :id")
			.param("id", oldId)
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from dialogue_chain where id = :id")
			.param("id", chainId(recent))
			.query(Integer.class)
			.single()).isOne();
	}

	private Reply say(String channel, String user, String text) {
		return conversation.handle(new Inbound(Channel.SLACK, user, channel, text, null));
	}

	private Reply web(String room, String user, String text) {
		return conversation.handle(new Inbound(Channel.WEB, user, room, text, null));
	}

	private boolean hear(String channel, String thread, String user, String text) {
		return conversation.hear(new Heard(new Destination(Channel.SLACK, channel, thread), user,
				"ts-" + UUID.randomUUID(), text, Heard.Change.NEW, null));
	}

	private Optional<Reply> click(Destination where, String user, String message, String action, String value,
			String input) {
		return conversation.click(new Clicked(where, user, message, action, value, input, null));
	}

	private Destination threadOf(String channel) {
		return new Destination(Channel.SLACK, channel, outbox.posts(channel).get(0).id());
	}

	private Reply.Card last(String channel) {
		List<Reply.Card> cards = outbox.cards(channel);
		return cards.get(cards.size() - 1);
	}

	private String chainId(String channel) {
		return jdbc.sql("select id from dialogue_chain where conversation = :channel")
			.param("channel", channel)
			.query(String.class)
			.single();
	}

	private String state(String channel) {
		return jdbc.sql("select state from dialogue_chain where conversation = :channel")
			.param("channel", channel)
			.query(String.class)
			.single();
	}

	private long nextFireTime(String chainId) {
		return jdbc
			.sql("select next_fire_time from qrtz_triggers where trigger_name = :name and trigger_group = :group")
			.param("name", ChainTimers.key(chainId).getName())
			.param("group", ChainTimers.GROUP)
			.query(Long.class)
			.single();
	}

	private static String channel() {
		return "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private static String text(Reply reply) {
		return ((Reply.TextReply) reply).text();
	}

	private double finishedChains() {
		return endedChains("finished");
	}

	private double endedChains(String state) {
		Counter counter = meters.find("fyren.chains.finished").tag("state", state).counter();
		return counter == null ? 0 : counter.count();
	}

}
