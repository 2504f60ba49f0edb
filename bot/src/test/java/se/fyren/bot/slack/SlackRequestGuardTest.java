package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.TestFeature;
import se.fyren.bot.chat.Clicked;

/**
 * What an attacker, or a confused proxy, can send to {@code /slack/events}: replayed
 * signed interactions, timestamps from the future, bodies too large to read, bodies made
 * to forge log lines, and signed payloads of the wrong shape. None may store twice, reach
 * the log, or end in a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestFeature.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class SlackRequestGuardTest {

	@RegisterExtension
	static final SlackAppFixture app = new SlackAppFixture("slack-guard");

	static final FakeSlack slack = app.slack();

	/** Larger than any Slack payload, and than the default request limit. */
	static final int ONE_MEGABYTE = 1024 * 1024;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void slackAndData(DynamicPropertyRegistry registry) {
		app.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	TestFeature feature;

	SignedSlack signed() {
		return new SignedSlack(port);
	}

	@Test
	void aReplayedViewSubmissionIsHandledOnce() {
		String input = "Svar " + UUID.randomUUID();
		var submission = signed().viewSubmission("U0REPLAY", ReplyBlocks.INPUT_VIEW,
				"""
						{"actionId":"test.say","value":"v2","channel":"C0REPLAY","thread":"1700000700.000100","message":"1700000700.000100"}""",
				input);

		for (int i = 0; i < 3; i++) {
			assertThat(signed().send(submission).statusCode()).isEqualTo(200);
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> inputs(input), clicks -> clicks.size() == 1);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> inputs(input).size() == 1);
	}

	@Test
	void timestampsFromTheFutureAreRefusedBeyondTheSkewAsThoseFromThePast() {
		String body = "token=x&command=/fyren&text=hj%C3%A4lp&user_id=U0TIME&channel_id=C0TIME&trigger_id=t-time";
		var tooLate = signed().sign("application/x-www-form-urlencoded", body, Instant.now().minusSeconds(6 * 60));
		var tooEarly = signed().sign("application/x-www-form-urlencoded", body, Instant.now().plusSeconds(6 * 60));
		var slightlyEarly = signed().sign("application/x-www-form-urlencoded", body.replace("t-time", "t-time-2"),
				Instant.now().plusSeconds(60));

		assertThat(signed().send(tooLate).statusCode()).isEqualTo(401);
		assertThat(signed().send(tooEarly).statusCode()).isEqualTo(401);
		assertThat(signed().send(slightlyEarly).statusCode()).as("a clock a minute fast is tolerated").isEqualTo(200);
	}

	@Test
	void aBodyLargerThanTheLimitIsRefusedUnreadAndNeverLogged(CapturedOutput output) throws Exception {
		String marker = "HUGE" + UUID.randomUUID();
		byte[] huge = (marker + "x".repeat(ONE_MEGABYTE)).getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> sized = post(HttpRequest.BodyPublishers.ofByteArray(huge));
		HttpResponse<String> chunked = post(
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));

		assertThat(sized.statusCode()).isEqualTo(413);
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(output.getAll()).doesNotContain(marker);
	}

	@Test
	void anUnsignedBodyIsNeverLoggedSoItCannotForgeALogLine(CapturedOutput output) throws Exception {
		String forged = "FORGED" + UUID.randomUUID();
		String body = "payload=x\n2026-12-02T09:00:00.000Z ERROR 1 --- [main] se.fyren.Admin : " + forged;

		HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(body));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(output.getAll()).doesNotContain(forged).contains("Slack request refused");
	}

	static List<String> malformedPayloads() {
		return List.of("{not json", "[]", "\"text\"", "{}", "{\"type\":\"no_such_type\"}",
				"{\"type\":\"block_actions\"}", "{\"type\":\"block_actions\",\"actions\":\"x\"}",
				"{\"type\":\"block_actions\",\"actions\":[]}",
				"{\"type\":\"block_actions\",\"user\":{\"id\":\"U0FUZZ\"},\"actions\":[{\"action_id\":\"fyren_input:test.say\"}]}",
				"{\"type\":\"block_actions\",\"actions\":[{\"action_id\":\"fyren_card:test.press\"}]}",
				"{\"type\":\"block_actions\",\"actions\":[{\"action_id\":\"helpful\",\"value\":\"a\"}]}",
				"{\"type\":\"view_submission\"}",
				"{\"type\":\"view_submission\",\"view\":{\"callback_id\":\"fyren_card_input\"}}",
				"{\"type\":\"view_submission\",\"user\":{\"id\":\"U0FUZZ\"},\"view\":{\"id\":\"V1\",\"callback_id\":\"fyren_card_input\",\"private_metadata\":\"{bad\",\"state\":{\"values\":{\"input\":{\"input\":{\"value\":\"hej\"}}}}}}",
				"{\"type\":\"view_submission\",\"user\":{\"id\":\"U0FUZZ\"},\"view\":{\"id\":\"V2\",\"callback_id\":\"fyren_card_input\",\"private_metadata\":\"\",\"state\":{\"values\":{\"input\":{\"input\":{\"value\":\"hej\"}}}}}}",
				"{\"type\":\"view_submission\",\"user\":{\"id\":\"U0FUZZ\"},\"view\":{\"id\":\"V3\",\"callback_id\":\"fyren_card_input\",\"state\":{\"values\":\"x\"}}}",
				"{\"type\":\"shortcut\",\"callback_id\":\"x\"}", "{\"type\":\"block_suggestion\"}");
	}

	@ParameterizedTest
	@MethodSource("malformedPayloads")
	void aSignedPayloadOfTheWrongShapeGetsNoServerError(String payload, CapturedOutput output) {
		String marker = "FUZZ" + UUID.randomUUID().toString().replace("-", "");
		String body = "payload=" + URLEncoder.encode(
				payload.replace("fyren_card_input\"}}", "fyren_card_input\",\"title\":\"" + marker + "\"}}"),
				StandardCharsets.UTF_8) + "&marker=" + marker;

		var response = signed().send(signed().sign("application/x-www-form-urlencoded", body, Instant.now()));

		assertThat(response.statusCode()).as(payload).isIn(200, 400, 404);
		assertThat(output.getAll()).as("no body in the log").doesNotContain(marker);
		assertThat(output.getAll()).as("no 500 with a stack trace").doesNotContain("Servlet.service()");
	}

	@Test
	void aSignedEventThatIsNotJsonGetsNoServerError() {
		var response = signed()
			.send(signed().sign("application/json", "{\"type\":\"event_callback\",\"event\":", Instant.now()));

		assertThat(response.statusCode()).isIn(200, 400);
	}

	private List<Clicked> inputs(String input) {
		return feature.clicks("test.say").stream().filter(click -> input.equals(click.input())).toList();
	}

	private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Slack-Request-Timestamp", String.valueOf(Instant.now().getEpochSecond()))
			.header("X-Slack-Signature", "v0=forged")
			.POST(body)
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
