package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.fyren.bot.MutableClock.stockholm;

import java.time.Duration;
import java.util.List;

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
 * The window radar through Slack at the wire: a channel follows an issue with the slash
 * command, logs a signal in each stream over the summer, and when the deadline's lead
 * time begins Fyren posts "Fönstret är öppet" to the channel once, however often the
 * watch looks.
 */
@ClockDrivenApp
class SlackRadarTest {

	@RegisterExtension
	static final SlackAppFixture app = new SlackAppFixture("slack-radar");

	static final FakeSlack slack = app.slack();

	static final String CHANNEL = "C0RADAR";

	@DynamicPropertySource
	static void slackAndData(DynamicPropertyRegistry registry) {
		app.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	WindowWatch watch;

	@Test
	void channelFollowsAnIssueLogsThreeSignalsOverMonthsAndIsToldOnceWhenTheWindowOpens() {
		clock.set(stockholm("2026-06-01T09:00"));
		assertThat(command("bevaka barnfattigdom: ekonomisk utsatthet bland barn i Borlänge"))
			.contains("Fyren bevakar nu *barnfattigdom* utifrån kalendern kommun");
		clock.set(stockholm("2026-07-01T10:00"));
		command("signal barnfattigdom politik: Motion om barnfattigdom i fullmäktige");
		clock.set(stockholm("2026-08-20T10:00"));
		command("signal barnfattigdom problem: HLV 2026: andelen barn med försörjningsstöd ökade");
		clock.set(stockholm("2026-09-01T10:00"));
		assertThat(command("signal barnfattigdom policy: Kostnadsberäknad modell från Falun"))
			.contains("policy ✓ (Kostnadsberäknad modell från …, 1 september)");
		watch.checkAll();
		assertThat(windowPosts()).isEmpty();

		clock.set(stockholm("2026-09-14T03:10"));
		watch.checkAll();
		watch.checkAll();
		assertThat(windowPosts()).hasSize(1);
		FakeSlack.Call post = windowPosts().get(0);
		assertThat(post.text()).contains(
				"Alla tre strömmarna är levande inför *Sista dag för underlag till budgetförslaget*",
				"Färdigt ärende med problembild, förslag och kostnad", "Källor");

		assertThat(command("radar")).contains("*barnfattigdom* – Problem ✓", "*Fönstret är öppet*");
		assertThat(command("radar barnfattigdom")).as("the exports, labelled, their keys out of sight")
			.containsPattern(
					"<https?://[^|>]+/api/radar/[-0-9a-f]{36}\\.md\\?key=[-_A-Za-z0-9]{22}\\|Ladda ner som Markdown>");
	}

	/**
	 * The App Home's list of open windows keeps the short date, as a list line does ("den
	 * 5 oktober"); running prose has the long one ("måndag den 5 oktober 2026").
	 */
	@Test
	void theAppHomeListsAnOpenWindowWithItsShortDate() throws Exception {
		String channel = "C0RADARHOME";
		clock.set(stockholm("2026-07-01T10:00"));
		app.command(port, "U0RADAR", channel, "bevaka ensamhet: ofrivillig ensamhet bland äldre");
		app.command(port, "U0RADAR", channel, "signal ensamhet politik: Motion om ensamhet i fullmäktige");
		app.command(port, "U0RADAR", channel, "signal ensamhet problem: HLV 2026 visar ökning");
		app.command(port, "U0RADAR", channel, "signal ensamhet policy: Kostnadsberäknad modell från Falun");
		clock.set(stockholm("2026-09-14T10:00"));

		SignedSlack signed = new SignedSlack(port);
		signed.send(signed.homeOpened("Ev0RADARHOME", "U0RADARHOME"));

		FakeSlack.Call publish = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack
				.calls(call -> call.method().equals("views.publish") && "U0RADARHOME".equals(call.param("user_id"))),
					calls -> calls.size() == 1)
			.get(0);
		assertThat(publish.text())
			.contains("• *ensamhet*: fönstret är öppet inför sista dag för underlag till budgetförslaget den 5 oktober")
			.doesNotContain("måndag den 5 oktober");
	}

	private String command(String text) {
		return app.command(port, "U0RADAR", CHANNEL, text).text();
	}

	private List<FakeSlack.Call> windowPosts() {
		return slack.posts(CHANNEL)
			.stream()
			.filter(post -> post.param("text").startsWith("Fönstret är öppet"))
			.toList();
	}

}
