package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fyren in Socket Mode, with no public URL: it asks the fake Slack for a socket address,
 * connects to the fake Socket Mode server, acknowledges each envelope and answers through
 * the Web API as over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackSocketModeTest {

	static final FakeSlack slack = new FakeSlack();

	static final FakeSlackSocket socket = new FakeSlackSocket();

	@DynamicPropertySource
	static void socketMode(DynamicPropertyRegistry registry) {
		slack.socketUrl(socket.url());
		SlackTestApp.properties(slack).forEach((key, value) -> registry.add(key, () -> value));
		registry.add("fyren.slack.app-token", () -> "xapp-1-test");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:slack-socket;DB_CLOSE_DELAY=-1");
	}

	@AfterAll
	static void stop() {
		socket.close();
		slack.close();
	}

	@Test
	void slashCommandOverTheSocketIsAcknowledgedAndAnswered() {
		await().atMost(Duration.ofSeconds(20)).until(socket::connected);
		assertThat(slack.calls("apps.connections.open")).isNotEmpty();
		String url = slack.responseUrl(UUID.randomUUID().toString());

		socket.send("""
				{"envelope_id":"env-command-1","type":"slash_commands","accepts_response_payload":true,
				 "payload":{"token":"legacy","team_id":"T0FYREN","team_domain":"fyren-test","channel_id":"C0SOCKET",
				   "channel_name":"folkhalsa","user_id":"U0SOCKET","user_name":"strateg","command":"/fyren",
				   "text":"%s","api_app_id":"A0FYREN","response_url":"%s","trigger_id":"t-socket-1"}}"""
			.formatted(SlackAdapterTest.KINGDON, url));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> socket.received().stream().anyMatch(m -> m.contains("\"envelope_id\":\"env-command-1\"")));
		FakeSlack.Call answer = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.responses(url), r -> r.size() == 1)
			.get(0);
		assertThat(answer.text()).contains(SlackAdapterTest.KURSMANUAL);
	}

	@Test
	void mentionOverTheSocketIsAnsweredInItsThread() {
		await().atMost(Duration.ofSeconds(20)).until(socket::connected);

		socket
			.send("""
					{"envelope_id":"env-event-1","type":"events_api","accepts_response_payload":false,"retry_attempt":0,
					 "retry_reason":"","payload":{"token":"legacy","team_id":"T0FYREN","api_app_id":"A0FYREN",
					   "event":{"type":"app_mention","user":"U0SOCKET","text":"<@%s> %s","ts":"1700000900.000100",
					     "channel":"C0SOCKMENT","event_ts":"1700000900.000100"},
					   "type":"event_callback","event_id":"Ev%s","event_time":%d,
					   "authorizations":[{"team_id":"T0FYREN","user_id":"%s","is_bot":true,"is_enterprise_install":false}]}}"""
				.formatted(FakeSlack.BOT_USER, SlackAdapterTest.KINGDON, UUID.randomUUID().toString().replace("-", ""),
						Instant.now().getEpochSecond(), FakeSlack.BOT_USER));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> socket.received().stream().anyMatch(m -> m.contains("\"envelope_id\":\"env-event-1\"")));
		FakeSlack.Call post = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.posts("C0SOCKMENT"), p -> p.size() == 1)
			.get(0);
		assertThat(post.param("thread_ts")).isEqualTo("1700000900.000100");
		assertThat(post.text()).contains(SlackAdapterTest.KURSMANUAL);
	}

}
