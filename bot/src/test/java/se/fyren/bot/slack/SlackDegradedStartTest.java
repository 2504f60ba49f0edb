package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.ops.Management;

/**
 * Slack cannot be reached when Fyren starts (as when Slack is down or a firewall is not
 * yet open): Fyren starts all the same, answers in the web chat, says so in one WARN line
 * and in health, and serves Slack by itself once Slack answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SlackDegradedStartTest {

	// Slack's port is held by a socket that is bound but does not listen: a connection
	// to it is refused, as to a Slack that cannot be reached, and no other process can
	// take the port before the fake Slack does (a freed port was once taken by another
	// test suite's server, which answered 404).
	static final Socket HELD_PORT = heldPort();

	static final int SLACK_PORT = HELD_PORT.getLocalPort();

	static FakeSlack slack;

	@DynamicPropertySource
	static void unreachableSlack(DynamicPropertyRegistry registry) {
		SlackTestApp.properties("http://127.0.0.1:" + SLACK_PORT + "/api/")
			.forEach((key, value) -> registry.add(key, () -> value));
		// Short waits, so the test sees the retry that finds Slack back.
		registry.add("fyren.chat.reachability.first-retry", () -> "100ms");
		registry.add("fyren.chat.reachability.max-retry", () -> "500ms");
	}

	@AfterAll
	static void stopSlack() throws IOException {
		HELD_PORT.close();
		if (slack != null) {
			slack.close();
		}
	}

	private static Socket heldPort() {
		try {
			Socket socket = new Socket();
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void startsWithoutSlackAnswersOnTheWebAndServesSlackOnceItIsBack(CapturedOutput output) throws Exception {
		Management management = new Management(managementPort);
		await().atMost(Duration.ofSeconds(10)).until(() -> management.status("slack").equals("DOWN"));
		assertThat(management.json("/actuator/health/slack").path("details").path("reason").asString())
			.startsWith("unreachable")
			.doesNotContain("xoxb");
		assertThat(management.status("readiness")).isEqualTo("UP");
		assertThat(output.getOut().lines().filter(line -> line.contains("Slack cannot be reached"))).singleElement()
			.asString()
			.contains("WARN");

		HttpResponse<String> web = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + SlackAdapterTest.KINGDON + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(web.statusCode()).isEqualTo(200);
		assertThat(web.body()).contains("\"found\":true");

		HELD_PORT.close();
		slack = new FakeSlack(SLACK_PORT);
		await().atMost(Duration.ofSeconds(10)).until(() -> management.status("slack").equals("UP"));
		assertThat(output.getOut()).contains("Slack reachable again");

		SignedSlack signed = new SignedSlack(port);
		String url = slack.responseUrl(UUID.randomUUID().toString());
		var ack = signed
			.send(signed.slashCommand("U0ASK", "C0MAIN", SlackAdapterTest.KINGDON, url, "t-" + UUID.randomUUID()));
		assertThat(ack.statusCode()).isEqualTo(200);
		FakeSlack.Call answer = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.responses(url), r -> r.size() == 1)
			.get(0);
		assertThat(answer.text()).contains(SlackAdapterTest.KURSMANUAL);
	}

}
