package se.fyren.bot.wheel.reminders;

import se.fyren.bot.wheel.Audience;
import se.fyren.bot.wheel.WheelTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Place;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.documents.DocumentLibrary;
import se.fyren.bot.documents.Upload;
import se.fyren.knowledge.KnowledgeBase;

/**
 * Reminders on the shipped kommun wheel in the autumn of the 2026 election year:
 * scheduled in Quartz's store, sent once after downtime, with the window's explanation
 * and passages from the reports, snoozed and muted by their buttons.
 */
class RemindersTest extends WheelTestSupport {

	private static final String BUDGET = "Fullmäktige beslutar om budget";

	@Autowired
	Conversation conversation;

	@Autowired
	ReminderTriggers triggers;

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DocumentLibrary documents;

	@Autowired
	KnowledgeBase knowledge;

	@Test
	void reminderMissedWhileDownIsSentOnceOnStartAndNotAgainAfterASecondRestart() {
		setClock("2026-09-01T09:00");
		subscribe("C-DOWNTIME", "kommun");
		triggers.planAhead();
		// Quartz holds the eight-weeks reminder of the budget with "fire now" as its
		// misfire instruction.
		Map<String, Object> trigger = jdbc.sql("""
				select t.next_fire_time, t.misfire_instr from qrtz_triggers t
				where t.trigger_group = 'windows' and t.trigger_name = 'kommun/budget/2026-11-30/PT1344H'""")
			.query()
			.singleRow();
		assertThat(((Number) trigger.get("NEXT_FIRE_TIME")).longValue())
			.isEqualTo(at("2026-10-05T08:00").toEpochMilli());
		assertThat(((Number) trigger.get("MISFIRE_INSTR")).intValue()).isEqualTo(1);

		// Down from 1 September until after the two-weeks reminder (16 Nov 08:00): only
		// that one goes out.
		setClock("2026-11-17T10:00");
		triggers.planAhead();
		reminders.sendDue();
		assertThat(outbox.cards("C-DOWNTIME", BUDGET)).hasSize(1);

		// A second restart, and a wake-up again: nothing twice.
		triggers.planAhead();
		reminders.sendDue();
		reminders.sendDue();
		assertThat(outbox.cards("C-DOWNTIME", BUDGET)).hasSize(1);
		assertThat(jdbc.sql("""
				select lead_key from windows_sent_reminder
				where audience = 'slack:C-DOWNTIME' and event_id = 'budget'""").query(String.class).list())
			.containsExactly("PT336H");

		// The two-days reminder is a new one.
		setClock("2026-11-28T08:00");
		reminders.sendDue();
		assertThat(outbox.cards("C-DOWNTIME", BUDGET)).hasSize(2);
	}

	/**
	 * A data release's reminder says which decision it leads up to, the decision's date
	 * read in the sentence ("måndag den 30 november 2026"), while its title keeps the
	 * short form.
	 */
	@Test
	void aReleasesReminderSaysTheDecisionItLeadsUpToInASentence() {
		setClock("2026-10-23T08:30");
		subscribe("C-LEADS", "kommun");
		reminders.sendDue();
		Reply.Card card = outbox.cards("C-LEADS", "Delårsrapporten till fullmäktige").get(0);
		assertThat(card.title()).isEqualTo("Delårsrapporten till fullmäktige – fredag 30 oktober 2026");
		assertThat(card.paragraphs().get(2)).startsWith("*Därför är det ett fönster*\nDet här leder fram till " + BUDGET
				+ ", måndag den 30 november 2026. Tre strömmar möts:");
	}

	@Test
	void reminderInAChannelTiedToTheTeamsDocumentsCitesThemToo() {
		await().atMost(Duration.ofSeconds(120)).until(knowledge::hasIndex);
		DocumentLibrary.Intake intake = documents.add(new Upload("Budgetprocess Borlänge.txt", """
				Mål- och budgetprocessen i Borlänge kommun

				Borlänges mål- och budgetprocess börjar med budgetdialogen i februari, där nämnderna
				lämnar sina underlag till kommunstyrelsen. Budgetprocessen avslutas när
				kommunfullmäktige fastställer mål och budget i november.
				""".getBytes(StandardCharsets.UTF_8), "slack:U1", null),
				new Place(Channel.SLACK, null, "C-BORLANGE", true));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> documents.intake(intake.id()).map(DocumentLibrary.Intake::finished).orElse(false));
		assertThat(documents.intake(intake.id()).orElseThrow().outcome().done()).isTrue();

		setClock("2026-10-05T08:30");
		subscribe("C-BORLANGE", "kommun");
		subscribe("C-ELSEWHERE", "kommun");
		reminders.sendDue();

		assertThat(outbox.cards("C-BORLANGE", BUDGET).get(0).sources())
			.anyMatch(source -> source.label().startsWith("Budgetprocess Borlänge (borlange)"));
		assertThat(outbox.cards("C-ELSEWHERE", BUDGET).get(0).sources())
			.noneMatch(source -> source.label().contains("Borlänge"));
	}

	/**
	 * A rule that ties a whole Slack workspace to its municipality's documents applies to
	 * the reminders in its channels too: the subscription remembers the workspace it was
	 * made in. A channel of another workspace does not see them.
	 */
	@Test
	void reminderInAChannelOfAWorkspaceTiedToDocumentsCitesThem() {
		await().atMost(Duration.ofSeconds(120)).until(knowledge::hasIndex);
		DocumentLibrary.Intake intake = documents.add(new Upload("Budgetprocess Falun.txt", """
				Mål- och budgetprocessen i Falu kommun

				Faluns mål- och budgetprocess börjar med budgetdialogen i mars, där nämnderna
				lämnar sina underlag till kommunstyrelsen. Budgetprocessen avslutas när
				kommunfullmäktige fastställer mål och budget i november.
				""".getBytes(StandardCharsets.UTF_8), "slack:U1", null),
				new Place(Channel.SLACK, "T-FALUN", "C-FALU-DOK", true));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> documents.intake(intake.id()).map(DocumentLibrary.Intake::finished).orElse(false));
		assertThat(documents.intake(intake.id()).orElseThrow().outcome().done()).isTrue();

		setClock("2026-10-05T08:30");
		subscribe(new Place(Channel.SLACK, "T-FALUN", "C-FALU-STRATEGI", true), "kommun");
		subscribe(new Place(Channel.SLACK, "T-ANNAN", "C-ANNAN", true), "kommun");
		reminders.sendDue();

		assertThat(outbox.cards("C-FALU-STRATEGI", BUDGET).get(0).sources())
			.anyMatch(source -> source.label().startsWith("Budgetprocess Falun (falun)"));
		assertThat(outbox.cards("C-ANNAN", BUDGET).get(0).sources())
			.noneMatch(source -> source.label().contains("Falun"));
	}

	@Test
	void reminderSaysWhatWhenWhyWhatToBringAndCitesTheReports() {
		setClock("2026-10-05T08:30");
		subscribe("C-CONTENT", "kommun");
		reminders.sendDue();
		Reply.Card card = outbox.cards("C-CONTENT", BUDGET).get(0);
		assertThat(card.title()).isEqualTo(BUDGET + " – måndag 30 november 2026");
		assertThat(card.paragraphs().get(0)).startsWith("*Om 56 dagar.*");
		assertThat(card.paragraphs().get(1)).contains("Policyströmmen", "beslutspunkt");
		assertThat(card.paragraphs().get(2)).contains("Tre strömmar möts", "Allmänna val (13 september)",
				"Nya kommunfullmäktige tillträder (15 oktober)", "Delårsrapporten till fullmäktige (30 oktober)",
				"inför " + BUDGET + ", måndag den 30 november 2026.");
		assertThat(card.paragraphs().get(3)).contains("*Att förbereda*", "• Ett färdigt förslag om jämlik hälsa");
		assertThat(card.sources()).hasSizeBetween(2, 3);
		assertThat(card.sources()).anyMatch(source -> source.passage().contains("Kingdon"));
		assertThat(card.actions()).extracting(Reply.Action::id, Reply.Action::label)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("windows.snooze", "Påminn oss igen om en vecka"),
					org.assertj.core.groups.Tuple.tuple("windows.mute", "Inte relevant för oss"));
		assertThat(card.imageUrl()).endsWith("/wheel/kommun.png?year=2026&locale=sv");
	}

	@Test
	void snoozeRemindsOnceAWeekLater() {
		setClock("2026-10-05T08:30");
		subscribe("C-SNOOZE", "kommun");
		reminders.sendDue();
		assertThat(outbox.cards("C-SNOOZE", BUDGET)).hasSize(1);

		Reply reply = click("C-SNOOZE", "windows.snooze", "kommun|budget|2026-11-30").orElseThrow();
		assertThat(((Reply.TextReply) reply).text())
			.isEqualTo("Jag påminner er om Fullmäktige beslutar om budget igen måndag den 12 oktober 2026.");
		// A second click, an hour later: the same snooze, not a second reminder.
		clock.advance(java.time.Duration.ofHours(1));
		Reply again = click("C-SNOOZE", "windows.snooze", "kommun|budget|2026-11-30").orElseThrow();
		assertThat(((Reply.TextReply) again).text()).isEqualTo(((Reply.TextReply) reply).text());
		assertThat(((Reply.TextReply) click("C-SNOOZE", "windows.snooze", "kommun|budget|2026-11-30", Locale.ENGLISH)
			.orElseThrow()).text())
			.isEqualTo("I will remind you of Fullmäktige beslutar om budget again on Monday 12 October 2026.");
		assertThat(jdbc.sql("select count(*) from windows_snooze where audience = 'slack:C-SNOOZE'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from qrtz_triggers where trigger_name like 'snooze/%'")
			.query(Integer.class)
			.single()).isPositive();

		clock.advance(java.time.Duration.ofDays(6));
		reminders.sendDue();
		assertThat(outbox.cards("C-SNOOZE", BUDGET)).hasSize(1);
		clock.advance(java.time.Duration.ofDays(1));
		reminders.sendDue();
		reminders.sendDue();
		assertThat(outbox.cards("C-SNOOZE", BUDGET)).hasSize(2);
	}

	/**
	 * Two days before the budget a week's snooze would come after it: the answer says
	 * when the budget is, its date read as a sentence reads it.
	 */
	@Test
	void aSnoozeThatWouldComeAfterTheEventSaysTheEventIsSooner() {
		setClock("2026-11-28T08:30");
		subscribe("C-LATE", "kommun");
		reminders.sendDue();
		assertThat(outbox.cards("C-LATE", BUDGET)).hasSize(1);

		Reply reply = click("C-LATE", "windows.snooze", "kommun|budget|2026-11-30").orElseThrow();
		assertThat(((Reply.TextReply) reply).text()).isEqualTo(
				"Fullmäktige beslutar om budget är redan måndag den 30 november 2026, innan en ny påminnelse hinner komma.");
		Reply english = click("C-LATE", "windows.snooze", "kommun|budget|2026-11-30", Locale.ENGLISH).orElseThrow();
		assertThat(((Reply.TextReply) english).text()).isEqualTo(
				"Fullmäktige beslutar om budget is already on Monday 30 November 2026, before another reminder could come.");
	}

	@Test
	void mutedEventIsNoLongerSentToThatChannelButStillToOthers() {
		setClock("2026-10-05T08:30");
		subscribe("C-MUTE", "kommun");
		subscribe("C-KEEP", "kommun");
		reminders.sendDue();
		Reply reply = click("C-MUTE", "windows.mute", "kommun|budget|2026-11-30").orElseThrow();
		assertThat(((Reply.TextReply) reply).text()).contains("inga fler påminnelser om " + BUDGET);

		setClock("2026-11-16T08:00");
		reminders.sendDue();
		assertThat(outbox.cards("C-MUTE", BUDGET)).hasSize(1);
		assertThat(outbox.cards("C-KEEP", BUDGET)).hasSize(2);
	}

	@Test
	void reminderAChatRefusedIsTriedAgainAtTheNextWakeUp() {
		setClock("2026-10-05T08:30");
		subscribe("C-DOWN-CHAT", "kommun");
		outbox.refuse(true);
		try {
			reminders.sendDue();
		}
		finally {
			outbox.refuse(false);
		}
		assertThat(outbox.cards("C-DOWN-CHAT", BUDGET)).isEmpty();
		reminders.sendDue();
		reminders.sendDue();
		assertThat(outbox.cards("C-DOWN-CHAT", BUDGET)).hasSize(1);
		assertThat(sentRecords("C-DOWN-CHAT")).isEqualTo(1);
	}

	@Test
	void remindersClaimedSentAndRefusedAreCountedForMonitoring() {
		setClock("2026-10-05T08:30");
		subscribe("C-COUNTED", "kommun");
		double claimed = reminderCount("claimed");
		double sent = reminderCount("sent");
		double failed = reminderCount("failed");
		outbox.refuse(true);
		try {
			reminders.sendDue();
		}
		finally {
			outbox.refuse(false);
		}
		assertThat(reminderCount("failed")).isGreaterThan(failed);
		reminders.sendDue();
		assertThat(outbox.cards("C-COUNTED", BUDGET)).hasSize(1);
		assertThat(reminderCount("sent")).isGreaterThan(sent);
		assertThat(reminderCount("claimed")).isGreaterThanOrEqualTo(claimed + 2);
	}

	private double reminderCount(String outcome) {
		Counter counter = meters.find("fyren.reminders").tag("outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}

	@Test
	void reminderIsOnRecordForEveryInstanceBeforeItIsPosted() {
		// Had the record waited for the post, a failed commit after a successful post
		// would send it again at the next wake-up.
		setClock("2026-10-05T08:30");
		subscribe("C-RECORD-FIRST", "kommun");
		List<Integer> budgetRecordsAtPosting = new CopyOnWriteArrayList<>();
		outbox.beforePosting(post -> {
			if (post.destination().conversation().equals("C-RECORD-FIRST") && post.reply() instanceof Reply.Card card
					&& card.title().startsWith(BUDGET)) {
				// Another connection, as another instance would see it.
				budgetRecordsAtPosting.add(CompletableFuture.supplyAsync(() -> sentRecords("C-RECORD-FIRST")).join());
			}
		});
		try {
			reminders.sendDue();
		}
		finally {
			outbox.beforePosting(post -> {
			});
		}
		assertThat(budgetRecordsAtPosting).containsExactly(1);
		assertThat(outbox.cards("C-RECORD-FIRST", BUDGET)).hasSize(1);
	}

	@Test
	void reminderWhosePostFailedWithAnErrorIsTriedAgain() {
		setClock("2026-10-05T08:30");
		subscribe("C-POST-ERROR", "kommun");
		outbox.beforePosting(post -> {
			if (post.destination().conversation().equals("C-POST-ERROR") && post.reply() instanceof Reply.Card card
					&& card.title().startsWith(BUDGET)) {
				throw new IllegalStateException("chat API error");
			}
		});
		try {
			assertThatThrownBy(reminders::sendDue).hasMessage("chat API error");
		}
		finally {
			outbox.beforePosting(post -> {
			});
		}
		reminders.sendDue();
		assertThat(outbox.cards("C-POST-ERROR", BUDGET)).hasSize(1);
	}

	@Test
	void reminderAnotherInstanceClaimedIsNotSentHere() {
		setClock("2026-10-05T08:30");
		subscribe("C-CLAIMED", "kommun");
		jdbc.sql("""
				insert into windows_sent_reminder (calendar, event_id, occurs_on, lead_key, audience, sent_at)
				values ('kommun', 'budget', date '2026-11-30', 'PT1344H', 'slack:C-CLAIMED', current_timestamp)""")
			.update();
		reminders.sendDue();
		assertThat(outbox.cards("C-CLAIMED", BUDGET)).isEmpty();
	}

	/** Records of the budget reminder sent to a channel. */
	/** Records of the budget's eight-weeks reminder sent to a channel. */
	private int sentRecords(String channel) {
		return jdbc.sql("""
				select count(*) from windows_sent_reminder where audience = :audience and event_id = 'budget'
				  and occurs_on = date '2026-11-30' and lead_key = 'PT1344H'""")
			.param("audience", "slack:" + channel)
			.query(Integer.class)
			.single();
	}

	@Test
	void subscribingOrMutingTwiceAtOnceKeepsOneAndAnswersTheOtherAlready() throws Exception {
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < 30; i++) {
				Audience audience = new Audience(Channel.SLACK, "C-RACE-" + i);
				assertThat(together(two, () -> subscriptions.subscribe("kommun", audience)))
					.containsExactlyInAnyOrder(true, false);
				assertThat(together(two, () -> subscriptions.mute("kommun", "budget", audience)))
					.containsExactlyInAnyOrder(true, false);
			}
		}
		finally {
			two.shutdownNow();
		}
	}

	/** Runs the action on both threads at the same moment; what each answered. */
	private static List<Boolean> together(ExecutorService two, Callable<Boolean> action) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<Boolean> atOnce = () -> {
			start.await();
			return action.call();
		};
		List<Boolean> answers = new ArrayList<>();
		for (Future<Boolean> answer : two.invokeAll(List.of(atOnce, atOnce))) {
			answers.add(answer.get());
		}
		return answers;
	}

	@Test
	void buttonWithAValueNoLongerInTheWheelGetsAKindAnswer() {
		Reply reply = click("C-X", "windows.snooze", "kommun|finns-inte|2026-11-30").orElseThrow();
		assertThat(((Reply.TextReply) reply).text()).isEqualTo("Den här påminnelsen finns inte längre i årshjulet.");
	}

	@Test
	void onlyAReminderSentToAConversationCanBePutOffThereAndOnlySoManyAtOnce() {
		setClock("2026-10-05T08:30");
		// A forged click: nothing was ever sent to this conversation.
		Reply forged = click("C-FORGED", "windows.snooze", "kommun|budget|2026-11-30").orElseThrow();
		Reply forgedMute = click("C-FORGED", "windows.mute", "kommun|budget|2026-11-30").orElseThrow();
		assertThat(((Reply.TextReply) forged).text()).isEqualTo("Den här påminnelsen finns inte längre i årshjulet.");
		assertThat(((Reply.TextReply) forgedMute).text()).isEqualTo(((Reply.TextReply) forged).text());
		assertThat(snoozesIn("slack:C-FORGED")).isZero();

		subscribe("C-MANY", "kommun");
		reminders.sendDue();
		assertThat(outbox.cards("C-MANY", BUDGET)).hasSize(1);
		// The conversation has put off as many reminders as it may already.
		for (int i = 0; i < MAX_PENDING_SNOOZES; i++) {
			jdbc.sql("""
					insert into windows_snooze (id, calendar, event_id, occurs_on, audience, due_at, created_at)
					values (:id, 'kommun', :event, date '2026-12-01', 'slack:C-MANY', :due, :due)""")
				.param("id", java.util.UUID.randomUUID().toString())
				.param("event", "put-off-" + i)
				.param("due", at("2026-10-12T08:00").atOffset(java.time.ZoneOffset.UTC))
				.update();
		}

		Reply refused = click("C-MANY", "windows.snooze", "kommun|budget|2026-11-30").orElseThrow();

		assertThat(((Reply.TextReply) refused).text())
			.isEqualTo("Den här kanalen har redan skjutit upp 20 påminnelser. Vänta tills någon av dem har kommit.");
		assertThat(snoozesIn("slack:C-MANY")).isEqualTo(MAX_PENDING_SNOOZES);
	}

	/** fyren.wheel.max-pending-snoozes, by default. */
	static final int MAX_PENDING_SNOOZES = 20;

	private int snoozesIn(String audience) {
		return jdbc.sql("select count(*) from windows_snooze where audience = :audience")
			.param("audience", audience)
			.query(Integer.class)
			.single();
	}

	private void subscribe(String channel, String calendar) {
		Reply reply = conversation.handle(new Inbound(Channel.SLACK, "U1", channel, "prenumerera " + calendar, null));
		assertThat(((Reply.TextReply) reply).text()).contains("följer nu kalendern " + calendar);
	}

	private void subscribe(Place place, String calendar) {
		Reply reply = conversation
			.handle(new Inbound(place.chat(), "U1", place.conversation(), "prenumerera " + calendar, null, place));
		assertThat(((Reply.TextReply) reply).text()).contains("följer nu kalendern " + calendar);
	}

	private java.util.Optional<Reply> click(String channel, String action, String value) {
		return click(channel, action, value, null);
	}

	private java.util.Optional<Reply> click(String channel, String action, String value, Locale locale) {
		return conversation
			.click(new Clicked(new Destination(Channel.SLACK, channel, null), "U1", "1", action, value, null, locale));
	}

	static List<String> texts(Reply.Card card) {
		return card.paragraphs();
	}

}
