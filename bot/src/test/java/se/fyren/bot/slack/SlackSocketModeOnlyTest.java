package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Socket Mode with a bot token and an app-level token and no signing secret, as Bolt's
 * Socket Mode needs none: Fyren connects and answers over the socket, and takes no HTTP
 * requests from Slack, having nothing to check them by.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackSocketModeOnlyTest {

	static final FakeSlack slack = new FakeSlack();

	static final FakeSlackSocket socket = new FakeSlackSocket();

	@DynamicPropertySource
	static void socketModeOnly(DynamicPropertyRegistry registry) {
		slack.socketUrl(socket.url());
		SlackTestApp.properties(slack).forEach((key, value) -> registry.add(key, () -> value));
		registry.add("fyren.slack.signing-secret", () -> "");
		registry.add("fyren.slack.app-token", () -> "xapp-1-test");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:slack-socket-only;DB_CLOSE_DELAY=-1");
	}

	@AfterAll
	static void stop() {
		socket.close();
		slack.close();
	}

	@LocalServerPort
	int port;

	@Test
	void answersOverTheSocketWithoutASigningSecret() {
		await().atMost(Duration.ofSeconds(20)).until(socket::connected);
		String url = slack.responseUrl(UUID.randomUUID().toString());

		socket.send("""
				{"envelope_id":"env-only-1","type":"slash_commands","accepts_response_payload":true,
				 "payload":{"token":"legacy","team_id":"T0FYREN","team_domain":"fyren-test","channel_id":"C0SOCKONLY",
				   "channel_name":"folkhalsa","user_id":"U0SOCKET","user_name":"strateg","command":"/fyren",
				   "text":"%s","api_app_id":"A0FYREN","response_url":"%s","trigger_id":"t-socket-only-1"}}"""
			.formatted(SlackAdapterTest.KINGDON, url));

		FakeSlack.Call answer = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.responses(url), r -> r.size() == 1)
			.get(0);
		assertThat(answer.text()).contains(SlackAdapterTest.KURSMANUAL);
	}

	@Test
	void takesNoHttpRequestsFromSlack() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("command=%2Ffyren&text=hj%C3%A4lp"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isIn(403, 404, 405);
		assertThat(slack.calls("chat.postMessage")).isEmpty();
	}

}
