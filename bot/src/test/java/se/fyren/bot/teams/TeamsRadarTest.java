package se.fyren.bot.teams;

import se.fyren.bot.teams.protocol.Activity;
import static org.assertj.core.api.Assertions.assertThat;
import static se.fyren.bot.MutableClock.stockholm;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.ClockDrivenApp;
import se.fyren.bot.MutableClock;
import se.fyren.bot.radar.WindowWatch;

/**
 * The window radar through Teams at the wire, with real Bot Framework tokens: a channel
 * follows an issue by mentioning Fyren, logs a signal in each stream over the summer, and
 * the window-open card is posted to the channel once.
 */
@ClockDrivenApp
class TeamsRadarTest {

	static final String CHANNEL = "19:radar000000000000000000000000000@thread.tacv2";

	@RegisterExtension
	static final TeamsAppFixture app = new TeamsAppFixture("teams-radar");

	static final TeamsActivityJson teams = app.activities();

	@DynamicPropertySource
	static void teamsAndData(DynamicPropertyRegistry registry) {
		app.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	WindowWatch watch;

	private final AtomicLong ids = new AtomicLong(1700000000900L);

	@Test
	void channelFollowsAnIssueLogsThreeSignalsOverMonthsAndIsToldOnceWhenTheWindowOpens() {
		clock.set(stockholm("2026-06-01T09:00"));
		assertThat(mention("bevaka barnfattigdom: ekonomisk utsatthet bland barn i Borlänge"))
			.contains("Fyren bevakar nu **barnfattigdom** utifrån kalendern kommun");
		clock.set(stockholm("2026-07-01T10:00"));
		mention("signal barnfattigdom politik: Motion om barnfattigdom i fullmäktige");
		clock.set(stockholm("2026-08-20T10:00"));
		mention("signal barnfattigdom problem: HLV 2026: andelen barn med försörjningsstöd ökade");
		clock.set(stockholm("2026-09-01T10:00"));
		assertThat(mention("signal barnfattigdom policy: Kostnadsberäknad modell från Falun")).contains("policy ✓");
		watch.checkAll();
		assertThat(windowPosts()).isEmpty();

		clock.set(stockholm("2026-09-14T03:10"));
		watch.checkAll();
		watch.checkAll();
		assertThat(windowPosts()).hasSize(1);
		assertThat(windowPosts().get(0).path()).endsWith(CHANNEL + "/activities");
		assertThat(windowPosts().get(0).card().toString()).contains("Sista dag för underlag till budgetförslaget",
				"Färdigt ärende med problembild, förslag och kostnad");
		assertThat(mention("radar barnfattigdom")).as("the exports, labelled, their keys out of sight")
			.containsPattern(
					"\\[Ladda ner som Markdown]\\(https?://[^)]+/api/radar/[-0-9a-f]{36}\\.md\\?key=[-_A-Za-z0-9]{22}\\)");
	}

	/**
	 * Mentions Fyren at a new root of the channel; what Fyren answered in its reply
	 * chain.
	 */
	private String mention(String text) {
		String root = String.valueOf(ids.incrementAndGet());
		app.send(port, clock.instant(), teams.channelMention(root, "29:planner", CHANNEL, root, text));
		return app.awaitPosts(CHANNEL + Activity.THREAD_MARK + root, 1).get(0).card().toString();
	}

	private List<FakeMicrosoft.Call> windowPosts() {
		return app.posts(CHANNEL)
			.stream()
			.filter(call -> call.card().path("body").path(0).path("text").asString().startsWith("Fönstret är öppet"))
			.toList();
	}

}
