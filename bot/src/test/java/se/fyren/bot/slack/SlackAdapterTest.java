package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Deliveries;

/**
 * The whole path as Slack sees it: signed requests over HTTP to {@code /slack/events} of
 * the running application, and what Fyren then sent to a fake Slack Web API and to the
 * response_urls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SlackAdapterTest {

	static final String KINGDON = "Vilka tre strömmar ingår i Kingdons modell?";

	static final String KURSMANUAL = "Kursmanual: sektorsövergripande samarbete för jämlik hälsa";

	@RegisterExtension
	static final SlackAppFixture app = new SlackAppFixture("slack");

	static final FakeSlack slack = app.slack();

	@DynamicPropertySource
	static void slackAndData(DynamicPropertyRegistry registry) {
		app.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	SignedSlack signed() {
		return new SignedSlack(port);
	}

	@Test
	void slashCommandAcknowledgesAtOnceThenAnswersEphemerallyWithSources() {
		String url = slack.responseUrl(UUID.randomUUID().toString());
		var ack = signed().send(signed().slashCommand("U0ASK", "C0MAIN", KINGDON, url, "t-" + UUID.randomUUID()));

		assertThat(ack.statusCode()).isEqualTo(200);
		FakeSlack.Call answer = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.responses(url), r -> r.size() == 1)
			.get(0);
		assertThat(answer.body()).contains("\"response_type\":\"ephemeral\"");
		assertThat(answer.text()).contains(KURSMANUAL).contains("Visa stycket").contains("Dela i kanalen");
		assertThat(answer.buttons()).containsKeys(ReplyBlocks.SHOW_PASSAGE, ReplyBlocks.HELPFUL,
				ReplyBlocks.NOT_HELPFUL, ReplyBlocks.SHARE);
	}

	@Test
	void helpfulButtonRecordsTheRatingAndThanksTheUser() {
		var buttons = askByCommand("U0RATE", KINGDON).buttons();
		String url = slack.responseUrl(UUID.randomUUID().toString());
		String answerId = buttons.get(ReplyBlocks.HELPFUL);

		var ack = signed().send(signed().blockAction("U0RATE", "C0MAIN", ReplyBlocks.HELPFUL, answerId, url));

		assertThat(ack.statusCode()).isEqualTo(200);
		FakeSlack.Call thanks = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.responses(url), r -> r.size() == 1)
			.get(0);
		assertThat(thanks.text()).contains("Tack för ditt omdöme!");
		assertThat(thanks.body()).contains("\"response_type\":\"ephemeral\"");
		assertThat(jdbc.sql("select helpful from feedback where answer_id = :id and rater = 'U0RATE'")
			.param("id", answerId)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void showPassageButtonShowsThePassageToTheUser() {
		String value = askByCommand("U0READ", KINGDON).buttons().get(ReplyBlocks.SHOW_PASSAGE);
		String url = slack.responseUrl(UUID.randomUUID().toString());

		signed().send(signed().blockAction("U0READ", "C0MAIN", ReplyBlocks.SHOW_PASSAGE, value, url));

		FakeSlack.Call passage = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.responses(url), r -> r.size() == 1)
			.get(0);
		assertThat(passage.text()).contains(KURSMANUAL).contains("Kingdon");
	}

	@Test
	void shareButtonPostsTheAnswerInTheChannelAndRemovesTheEphemeral() {
		String question = askByCommand("U0SHARE", KINGDON).buttons().get(ReplyBlocks.SHARE);
		String url = slack.responseUrl(UUID.randomUUID().toString());

		signed().send(signed().blockAction("U0SHARE", "C0MAIN", ReplyBlocks.SHARE, question, url));

		List<FakeSlack.Call> calls = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.responses(url), r -> r.size() == 2);
		assertThat(calls.get(0).body()).contains("\"response_type\":\"in_channel\"");
		assertThat(calls.get(0).text()).contains(KURSMANUAL).contains("<@U0SHARE>").doesNotContain("Dela i kanalen");
		assertThat(calls.get(1).body()).contains("\"delete_original\":true");
	}

	@Test
	void forgedSignatureIsRejectedAndNothingIsPosted() {
		String url = slack.responseUrl(UUID.randomUUID().toString());
		var request = signed().slashCommand("U0EVIL", "C0MAIN", KINGDON, url, "t-" + UUID.randomUUID());

		var response = signed().send(request.withSignature("v0=" + "0".repeat(64)));

		assertThat(response.statusCode()).isEqualTo(401);
		await().during(Duration.ofMillis(700))
			.atMost(Duration.ofSeconds(2))
			.until(() -> slack.responses(url).isEmpty());
	}

	@Test
	void requestOlderThanFiveMinutesIsRejected() {
		String url = slack.responseUrl(UUID.randomUUID().toString());
		SignedSlack slackSide = signed();
		var fresh = slackSide.slashCommand("U0OLD", "C0MAIN", KINGDON, url, "t-" + UUID.randomUUID());
		var stale = slackSide.sign(fresh.contentType(), fresh.body(), Instant.now().minus(Duration.ofMinutes(6)));

		var response = slackSide.send(stale);

		assertThat(response.statusCode()).isEqualTo(401);
		await().during(Duration.ofMillis(700))
			.atMost(Duration.ofSeconds(2))
			.until(() -> slack.responses(url).isEmpty());
	}

	@Test
	void mentionIsAnsweredInItsThreadAndRetriesGetNoSecondAnswer() {
		String event = signedEventId();
		var mention = signed().mention(event, "U0MENT", "C0RETRY", "1700000100.000100", KINGDON);

		assertThat(signed().send(mention).statusCode()).isEqualTo(200);
		FakeSlack.Call post = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.posts("C0RETRY"), p -> p.size() == 1)
			.get(0);
		assertThat(post.param("thread_ts")).isEqualTo("1700000100.000100");
		assertThat(post.text()).contains(KURSMANUAL);

		var retry = signed().send(signed().mention(event, "U0MENT", "C0RETRY", "1700000100.000100", KINGDON)
			.withHeader("X-Slack-Retry-Num", "1")
			.withHeader("X-Slack-Retry-Reason", "http_timeout"));
		var redelivered = signed().send(signed().mention(event, "U0MENT", "C0RETRY", "1700000100.000100", KINGDON));

		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(redelivered.statusCode()).isEqualTo(200);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> slack.posts("C0RETRY").size() == 1);
	}

	@Test
	void retryOfAnEventWhoseFirstDeliveryNeverArrivedIsAnswered() {
		var retry = signed().send(signed().mention(signedEventId(), "U0DOWN", "C0DOWN", "1700000150.000100", KINGDON)
			.withHeader("X-Slack-Retry-Num", "2")
			.withHeader("X-Slack-Retry-Reason", "http_error"));

		assertThat(retry.statusCode()).isEqualTo(200);
		FakeSlack.Call post = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.posts("C0DOWN"), p -> p.size() == 1)
			.get(0);
		assertThat(post.text()).contains(KURSMANUAL);
	}

	@Test
	void seenEventsAreKeptInTheDatabaseSoAnotherInstanceOrARestartKnowsThem() {
		String event = signedEventId();
		signed().send(signed().mention(event, "U0KEEP", "C0KEEP", "1700000160.000100", KINGDON));
		await().atMost(Duration.ofSeconds(20)).until(() -> slack.posts("C0KEEP").size() == 1);

		// A second instance over the same database: its own Deliveries, no memory shared
		// with this one.
		Deliveries otherInstance = new Deliveries(jdbc, java.time.Clock.systemUTC());

		assertThat(otherInstance.firstTime(Channel.SLACK, "event:" + event)).isFalse();
		assertThat(otherInstance.seen(Channel.SLACK, "thread:C0KEEP/1700000160.000100")).isTrue();
		assertThat(otherInstance.seen(Channel.TEAMS, "thread:C0KEEP/1700000160.000100")).isFalse();
		assertThat(otherInstance.firstTime(Channel.SLACK, "event:" + signedEventId())).isTrue();
	}

	@Test
	void followUpInAnAnsweredThreadIsAnsweredThereAndOtherThreadsAreLeftAlone() {
		signed().send(signed().mention(signedEventId(), "U0FOLLOW", "C0THREAD", "1700000200.000100", KINGDON));
		await().atMost(Duration.ofSeconds(20)).until(() -> slack.posts("C0THREAD").size() == 1);

		signed().send(signed().message(signedEventId(), "U0FOLLOW", "C0THREAD", "channel", "1700000200.000500",
				"1700000999.000100", "Vad är dialogkedjan?"));
		signed().send(signed().message(signedEventId(), "U0FOLLOW", "C0THREAD", "channel", "1700000200.000600",
				"1700000200.000100", "Vad är dialogkedjan?"));

		List<FakeSlack.Call> posts = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.posts("C0THREAD"), p -> p.size() == 2);
		assertThat(posts.get(1).param("thread_ts")).isEqualTo("1700000200.000100");
		await().during(Duration.ofMillis(700))
			.atMost(Duration.ofSeconds(2))
			.until(() -> slack.posts("C0THREAD").size() == 2);
	}

	@Test
	void directMessageIsAnswered() {
		signed().send(signed().message(signedEventId(), "U0DM", "D0DIRECT", "im", "1700000300.000100", null, KINGDON));

		FakeSlack.Call post = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.posts("D0DIRECT"), p -> p.size() == 1)
			.get(0);
		assertThat(post.text()).contains(KURSMANUAL);
		assertThat(post.param("thread_ts")).isNull();
	}

	@Test
	void appHomeShowsWhatFyrenCanDoWithExampleQuestions() {
		signed().send(signed().homeOpened(signedEventId(), "U0HOME"));

		FakeSlack.Call publish = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.calls(c -> c.method().equals("views.publish") && "U0HOME".equals(c.param("user_id"))),
					p -> p.size() == 1)
			.get(0);
		assertThat(publish.text()).contains("home").contains(KINGDON).contains("/fyren");
		// Each command to type is bold, as in the help and every message, never code.
		assertThat(publish.text())
			.contains("skriv */fyren* och din fråga", "Skriv *hjälp* för att se", "• *årshjul* – året i en bild",
					"*prenumerera kommun*")
			.doesNotContain("`");
	}

	@Test
	void appHomeInEnglishMarksItsCommandsBoldToo() {
		slack.locale("U0HOMEEN", "en-GB");
		signed().send(signed().homeOpened(signedEventId(), "U0HOMEEN"));

		FakeSlack.Call publish = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.calls(c -> c.method().equals("views.publish") && "U0HOMEEN".equals(c.param("user_id"))),
					p -> p.size() == 1)
			.get(0);
		assertThat(publish.text())
			.contains("type */fyren* and your question", "Type *help* to see what I can do",
					"• *årshjul* – the year at a glance")
			.doesNotContain("`");
	}

	@Test
	void appHomeShowsTheYearWheelWithItsNextWindows() {
		signed().send(signed().homeOpened(signedEventId(), "U0WHEEL"));

		FakeSlack.Call publish = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.calls(c -> c.method().equals("views.publish") && "U0WHEEL".equals(c.param("user_id"))),
					p -> p.size() == 1)
			.get(0);
		JsonNode blocks = JsonMapper.builder().build().readTree(publish.param("view")).path("blocks");
		List<String> types = blocks.valueStream().map(block -> block.path("type").asString()).toList();
		// Help first, then the wheel under a divider: its heading, next windows, the
		// hint, the picture.
		List<String> wheel = types.subList(types.indexOf("divider"), types.size());
		assertThat(wheel).startsWith("divider", "header").endsWith("image");
		assertThat(publish.text()).contains("Årshjulet: Kommunens årshjul", "Nästa fönster", "prenumerera kommun");
		assertThat(blocks.valueStream()
			.filter(block -> block.path("text").path("text").asString().contains(" av 3 strömmar")))
			.hasSizeBetween(1, 3);
		JsonNode image = blocks.get(blocks.size() - 1);
		assertThat(image.path("image_url").asString())
			.matches("https://fyren\\.example\\.se/wheel/kommun\\.png\\?year=\\d{4}&locale=sv");
	}

	@Test
	void emptyQuestionGetsASwedishPrompt() {
		FakeSlack.Call reply = askByCommand("U0EMPTY", "   ");

		assertThat(reply.text()).contains("Skriv en fråga");
	}

	@Test
	void englishSlackUserGetsEnglishHelp() {
		slack.locale("U0ENGLISH", "en-GB");

		FakeSlack.Call reply = askByCommand("U0ENGLISH", "help");

		assertThat(reply.text()).contains("I am Fyren");
		// Each command to type is bold in Slack's mrkdwn.
		assertThat(reply.text()).contains("• *årshjul* – the year at a glance",
				"• *follow &lt;name&gt;: &lt;description&gt;* – follow an issue", "(*avsluta &lt;calendar&gt;* stops");
	}

	@Test
	void tenThousandCharacterQuestionIsStillAnswered() {
		String question = (KINGDON + " ").repeat(300).substring(0, 10_000);

		FakeSlack.Call reply = askByCommand("U0LONG", question);

		assertThat(reply.buttons()).containsKey(ReplyBlocks.HELPFUL);
	}

	@Test
	void rateLimitedPostIsRetriedAfterRetryAfterAndPostedOnce() {
		slack.failNext("chat.postMessage", 1, FakeSlack.Failure.rateLimited(1));

		signed().send(signed().mention(signedEventId(), "U0LIMIT", "C0LIMIT", "1700000400.000100", KINGDON));

		List<FakeSlack.Call> posts = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.posts("C0LIMIT"), p -> p.size() == 2);
		assertThat(posts.get(1).text()).contains(KURSMANUAL);
		await().during(Duration.ofMillis(700))
			.atMost(Duration.ofSeconds(2))
			.until(() -> slack.posts("C0LIMIT").size() == 2);
	}

	@Test
	void channelNotFoundIsLoggedAndFyrenKeepsAnswering(CapturedOutput output) {
		slack.failChannel("C0GONE", FakeSlack.Failure.error("channel_not_found"));

		signed().send(signed().mention(signedEventId(), "U0GONE", "C0GONE", "1700000500.000100", KINGDON));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> output.getAll()
				.contains("Slack chat.postMessage failed for channel C0GONE: channel_not_found"));
		signed().send(signed().mention(signedEventId(), "U0GONE", "C0STILL", "1700000500.000200", KINGDON));
		await().atMost(Duration.ofSeconds(20)).until(() -> slack.posts("C0STILL").size() == 1);
		assertThat(slack.posts("C0GONE")).hasSize(1);
	}

	@Test
	void botPostsAndChannelChatterTakeNoWorkerAndNoDeliveryRecord() {
		// Fyren's own posts Bolt drops (IgnoringSelfEvents); another app's come through.
		String ownPost = signedEventId();
		String otherBot = signedEventId();
		String chatter = signedEventId();
		String direct = signedEventId();
		signed().send(signed().event(ownPost, botPost(FakeSlack.BOT_USER, "BFYREN", "1700000600.000100")));
		signed().send(signed().event(otherBot, botPost("U0OTHERAPP", "B0OTHER", "1700000600.000150")));
		signed().send(signed().message(chatter, "U0CHAT", "C0CHAT", "channel", "1700000600.000200", null,
				"Lunch klockan tolv?"));
		signed().send(signed().message(direct, "U0CHAT", "D0CHAT", "im", "1700000600.000300", null, KINGDON));

		// The direct message, sent last, has been taken and answered by now; the ones
		// before it would have been recorded first.
		await().atMost(Duration.ofSeconds(20)).until(() -> slack.posts("D0CHAT").size() == 1);
		Deliveries deliveries = new Deliveries(jdbc, java.time.Clock.systemUTC());
		assertThat(deliveries.seen(Channel.SLACK, "event:" + direct)).isTrue();
		assertThat(deliveries.seen(Channel.SLACK, "event:" + otherBot)).isFalse();
		assertThat(deliveries.seen(Channel.SLACK, "event:" + chatter)).isFalse();
		assertThat(deliveries.seen(Channel.SLACK, "event:" + ownPost)).isFalse();
		assertThat(slack.posts("C0CHAT")).isEmpty();
	}

	private static String botPost(String user, String botId, String ts) {
		return """
				{"type":"message","user":"%s","bot_id":"%s","text":"Svar","ts":"%s","channel":"C0CHAT",
				 "channel_type":"channel","event_ts":"%s"}""".formatted(user, botId, ts, ts);
	}

	@Test
	void failedEventIsLoggedWithItsIdAndChannelAndNotWhatWasSaid(CapturedOutput output) {
		// Slack answers the reply's post with something that is not JSON: the handling
		// fails.
		slack.failNext("chat.postMessage", 1, new FakeSlack.Failure(200, java.util.Map.of(), "<html>"));
		String event = signedEventId();

		signed().send(signed().message(event, "U0BROKEN", "D0BROKEN", "im", "1700000610.000100", null,
				"Hemlig fråga om budgeten"));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> output.getAll().contains("message " + event + " in D0BROKEN failed"));
		assertThat(output.getAll()).doesNotContain("Hemlig fråga om budgeten");
	}

	@Test
	void aPersonWhoseLanguageSlackCannotTellIsStillAnsweredInSwedish(CapturedOutput output) {
		// users.info answered with something that is not JSON, after the event was
		// recorded: the question would be lost if the lookup failed its handling.
		slack.failNext("users.info", 1, new FakeSlack.Failure(200, java.util.Map.of(), "<html>"));

		signed().send(signed().message(signedEventId(), "U0NOLOCALE", "D0NOLOCALE", "im", "1700000620.000100", null,
				KINGDON));

		FakeSlack.Call post = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.posts("D0NOLOCALE"), p -> p.size() == 1)
			.get(0);
		assertThat(post.text()).contains(KURSMANUAL).contains("Källor");
		assertThat(output.getAll()).contains("users.info for user U0NOLOCALE gave a reply that could not be read")
			.doesNotContain(KINGDON);
	}

	private FakeSlack.Call askByCommand(String user, String text) {
		String url = slack.responseUrl(UUID.randomUUID().toString());
		var ack = signed().send(signed().slashCommand(user, "C0MAIN", text, url, "t-" + UUID.randomUUID()));
		assertThat(ack.statusCode()).isEqualTo(200);
		return await().atMost(Duration.ofSeconds(20)).until(() -> slack.responses(url), r -> r.size() == 1).get(0);
	}

	private static String signedEventId() {
		return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

}
