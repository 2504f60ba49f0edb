package se.fyren.bot.slack;

import se.fyren.bot.wheel.reminders.Reminders;
import static org.assertj.core.api.Assertions.assertThat;
import static se.fyren.bot.MutableClock.stockholm;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.ClockDrivenApp;
import se.fyren.bot.MutableClock;

/**
 * A year-wheel reminder through Slack at the wire: a channel subscribes with the slash
 * command, the clock reaches the reminder's time, and what Fyren posts to Slack is the
 * whole reminder in Block Kit; its snooze button, clicked in Slack, is confirmed to the
 * clicker, stored as a Quartz trigger, and reminds again a week later.
 */
@ClockDrivenApp
class SlackReminderTest {

	@RegisterExtension
	static final SlackAppFixture app = new SlackAppFixture("slack-reminders");

	static final FakeSlack slack = app.slack();

	static final String CHANNEL = "C0REMIND";

	static final String BUDGET = "Fullmäktige beslutar om budget";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void slackAndData(DynamicPropertyRegistry registry) {
		app.register(registry);
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
	void subscribingInAChannelFyrenIsNotInSaysHowToInviteItAndSubscribesNothing() {
		String outside = "C0OUTSIDE";
		slack.notMemberOf(outside);

		assertThat(app.command(port, "U0PLAN", outside, "prenumerera kommun").text())
			.contains("Fyren är inte med i den här kanalen", "*/invite @Fyren*", "*prenumerera kommun*");
		assertThat(slack.calls("conversations.info")).anyMatch(call -> outside.equals(call.param("channel")));
		assertThat(jdbc.sql("select count(*) from windows_subscription where audience like :c")
			.param("c", "%" + outside + "%")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void subscribedChannelGetsTheWholeReminderAndItsSnoozeButtonWorksInSlack() {
		SignedSlack signed = new SignedSlack(port);
		clock.set(stockholm("2026-10-05T08:30"));
		assertThat(app.command(port, "U0PLAN", CHANNEL, "prenumerera kommun").text())
			.contains("Kanalen följer nu kalendern kommun");

		reminders.sendDue();

		FakeSlack.Call post = budgetReminders().get(0);
		JsonNode blocks = JSON.readTree(post.param("blocks"));
		JsonNode header = blocks.get(0);
		assertThat(header.path("type").asString()).isEqualTo("header");
		assertThat(header.path("text").path("text").asString()).isEqualTo(BUDGET + " – måndag 30 november 2026");
		assertThat(post.text()).contains("*Om 56 dagar.*", "*Därför är det ett fönster*", "Tre strömmar möts",
				"inför " + BUDGET + ", måndag den 30 november 2026.", "*Att förbereda*",
				"• Ett färdigt förslag om jämlik hälsa", "Källor", "Visa stycket");
		assertThat(blocks.valueStream()
			.filter(block -> block.path("accessory").path("action_id").asString().equals(ReplyBlocks.SHOW_PASSAGE)))
			.hasSizeBetween(2, 3);
		assertThat(post.buttons().get(ReplyBlocks.SHOW_PASSAGE)).contains("Kingdon");
		JsonNode image = blocks.valueStream()
			.filter(block -> block.path("type").asString().equals("image"))
			.findFirst()
			.orElseThrow();
		assertThat(image.path("image_url").asString()).endsWith("/wheel/kommun.png?year=2026&locale=sv");
		String value = "kommun|budget|2026-11-30";
		assertThat(post.buttons()).containsEntry(ReplyBlocks.CARD_ACTION + "windows.snooze", value)
			.containsEntry(ReplyBlocks.CARD_ACTION + "windows.mute", value);
		assertThat(post.text()).contains("Påminn oss igen om en vecka", "Inte relevant för oss");

		String clicked = slack.responseUrl(UUID.randomUUID().toString());
		signed.send(signed.cardAction("U0SNOOZE", CHANNEL, ts(post), null, ReplyBlocks.CARD_ACTION + "windows.snooze",
				value, clicked));

		FakeSlack.Call confirmation = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.responses(clicked), r -> r.size() == 1)
			.get(0);
		assertThat(confirmation.body()).contains("\"response_type\":\"ephemeral\"");
		assertThat(confirmation.text()).contains("Jag påminner er om " + BUDGET + " igen måndag den 12 oktober 2026.");
		List<Long> snoozes = jdbc.sql(
				"select next_fire_time from qrtz_triggers where trigger_group = 'windows' and trigger_name like 'snooze/%'")
			.query(Long.class)
			.list();
		assertThat(snoozes).containsExactly(stockholm("2026-10-12T08:30").toEpochMilli());

		clock.advance(Duration.ofDays(7));
		reminders.sendDue();
		assertThat(budgetReminders()).hasSize(2);
	}

	private List<FakeSlack.Call> budgetReminders() {
		return slack.posts(CHANNEL).stream().filter(post -> post.param("text").startsWith(BUDGET)).toList();
	}

	/** The message's ts, as the fake Slack answered chat.postMessage. */
	private static String ts(FakeSlack.Call post) {
		return (1 + slack.calls(call -> true).indexOf(post)) + ".000100";
	}

}
