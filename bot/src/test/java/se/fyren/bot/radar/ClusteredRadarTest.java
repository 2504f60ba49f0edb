package se.fyren.bot.radar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.InProcessFyren;
import se.fyren.bot.PostgresCluster;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.wheel.reminders.RecordingOutbox;

/**
 * Two Fyren instances on one real PostgreSQL look at the same issue at the same moments:
 * its window-open notice is posted once between them; a third instance started on the
 * database after both stopped (a restart) posts nothing again. Signals logged for one
 * issue on both at once are numbered once each.
 */
class ClusteredRadarTest {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final String CHANNEL = "C-CLUSTER-RADAR";

	private static final int ROUNDS = 5;

	private static final int SIGNALS_EACH = 10;

	@RegisterExtension
	static final PostgresCluster cluster = new PostgresCluster("fyren-radar-cluster");

	@Test
	void twoInstancesPostTheWindowNoticeOnceAndARestartPostsItNotAgain() throws Exception {
		LocalDate today = LocalDate.now(STOCKHOLM);
		Path calendars = calendars(today);
		RecordingOutbox first = new RecordingOutbox();
		RecordingOutbox second = new RecordingOutbox();
		ConfigurableApplicationContext one = start("one", calendars, first);
		ConfigurableApplicationContext two = start("two", calendars, second);
		try {
			Conversation chat = one.getBean(Conversation.class);
			say(chat, "bevaka barnfattigdom test: ekonomisk utsatthet bland barn");
			say(chat, "signal barnfattigdom problem: HLV visar ökning");
			say(chat, "signal barnfattigdom politik: Motion i fullmäktige");
			// The third signal as another instance stored it: the watch finds the window.
			JdbcClient jdbc = cluster.jdbc();
			jdbc.sql("update radar_issue set signals_logged = 3 where name = 'barnfattigdom'").update();
			jdbc.sql("""
					insert into radar_signal (issue_id, number, stream, text, happened_on, logged_by, logged_at)
					select id, 3, 'policy', 'Kostnadsberäknad modell', :today, 'U1', :now from radar_issue
					where name = 'barnfattigdom'""").param("today", today).param("now", OffsetDateTime.now()).update();
			assertThat(first.cards(CHANNEL, "Fönstret")).isEmpty();

			WindowWatch a = one.getBean(WindowWatch.class);
			WindowWatch b = two.getBean(WindowWatch.class);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				for (int round = 0; round < ROUNDS; round++) {
					CyclicBarrier together = new CyclicBarrier(2);
					List<Future<Integer>> checks = new ArrayList<>();
					checks.add(pool.submit(() -> {
						together.await();
						return a.checkAll();
					}));
					checks.add(pool.submit(() -> {
						together.await();
						return b.checkAll();
					}));
					for (Future<Integer> check : checks) {
						check.get();
					}
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(first.cards(CHANNEL, "Fönstret är öppet").size()
					+ second.cards(CHANNEL, "Fönstret är öppet").size())
				.isEqualTo(1);
			assertThat(jdbc.sql("select state from radar_notice").query(String.class).list()).containsExactly("sent");
		}
		finally {
			one.close();
			two.close();
		}
		RecordingOutbox third = new RecordingOutbox();
		ConfigurableApplicationContext restarted = start("three", calendars, third);
		try {
			restarted.getBean(WindowWatch.class).checkAll();
			assertThat(third.cards(CHANNEL, "Fönstret")).isEmpty();
			Reply shown = say(restarted.getBean(Conversation.class), "radar barnfattigdom");
			assertThat(((Reply.Card) shown).paragraphs().get(1)).contains("*Fönstret är öppet* inför budget");
		}
		finally {
			restarted.close();
		}
	}

	@Test
	void signalsLoggedForOneIssueAtOnceOnTwoInstancesGetANumberEach() throws Exception {
		Path calendars = calendars(LocalDate.now(STOCKHOLM));
		ConfigurableApplicationContext one = start("numbers-one", calendars, new RecordingOutbox());
		ConfigurableApplicationContext two = start("numbers-two", calendars, new RecordingOutbox());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			say(one.getBean(Conversation.class), "bevaka ensamhet test: ofrivillig ensamhet bland äldre");
			CyclicBarrier together = new CyclicBarrier(2);
			List<Future<List<String>>> logged = new ArrayList<>();
			for (ConfigurableApplicationContext instance : List.of(one, two)) {
				Conversation chat = instance.getBean(Conversation.class);
				logged.add(pool.submit(() -> {
					together.await();
					List<String> numbers = new ArrayList<>();
					for (int i = 0; i < SIGNALS_EACH; i++) {
						String first = ((Reply.Card) say(chat, "signal ensamhet problem: Enkät " + i)).paragraphs()
							.get(0);
						numbers.add(first.substring(0, first.indexOf(" i strömmen")));
					}
					return numbers;
				}));
			}
			List<String> numbers = new ArrayList<>(logged.get(0).get());
			numbers.addAll(logged.get(1).get());

			assertThat(numbers).doesNotHaveDuplicates().hasSize(2 * SIGNALS_EACH);
			assertThat(cluster.jdbc()
				.sql("select s.number from radar_signal s join radar_issue i on i.id = s.issue_id"
						+ " where i.name = 'ensamhet' order by s.number")
				.query(Integer.class)
				.list()).isEqualTo(IntStream.rangeClosed(1, 2 * SIGNALS_EACH).boxed().toList());
		}
		finally {
			pool.shutdownNow();
			one.close();
			two.close();
		}
	}

	/** A calendar whose one decision point is 20 days from today. */
	private static Path calendars(LocalDate today) throws IOException {
		Path calendars = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "cluster-radar-");
		Files.writeString(calendars.resolve("test.yml"), """
				title: Radartest
				events:
				  - id: budget
				    title: Budget
				    stream: policy
				    kind: beslutspunkt
				    date: {fixed: %s}
				    lead-times: [8 weeks]
				    checklist: [Ett färdigt förslag]
				""".formatted(today.plusDays(20)), StandardCharsets.UTF_8);
		return calendars;
	}

	private static Reply say(Conversation chat, String text) {
		return chat.handle(new Inbound(Channel.SLACK, "U1", CHANNEL, text, Inbound.SWEDISH));
	}

	private static ConfigurableApplicationContext start(String name, Path calendars, RecordingOutbox outbox) {
		Map<String, String> settings = new HashMap<>(InProcessFyren.knowledge("cluster-radar-" + name));
		settings.put("fyren.wheel.calendars", calendars.toAbsolutePath().toString());
		settings.put("fyren.wheel.home-calendar", "test");
		settings.put("fyren.knowledge.index-on-start", "false");
		return cluster.clusteredInstance(name, settings,
				beans -> beans.registerBean("recordingOutbox", RecordingOutbox.class, () -> outbox));
	}

}
