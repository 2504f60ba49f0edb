package se.fyren.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.bot.FyrenApplication;

/**
 * Fyren stopped as systemd or a container runtime stops it (SIGTERM) logs no ERROR: alert
 * rules on ERROR lines must not fire on every deployment.
 */
class GracefulShutdownTest {

	static final Path SHARED = Path.of(System.getProperty("fyren.shared", "../../shared")).toAbsolutePath().normalize();

	static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

	private static int acquisitions(String output) {
		return output.split("batch acquisition of 1 triggers", -1).length - 1;
	}

	// The facilitator's browser, as the server's cookie would name it.
	private static final String BROWSER = "fyren-browser=graceful-shutdown-browser-0001";

	private static HttpResponse<String> post(int port, String path, String json) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Content-Type", "application/json")
				.header("Cookie", BROWSER)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void sigtermStopsQuartzAndTheDatabaseWithoutAnError(@TempDir Path data) throws Exception {
		int port = Management.freePort();
		int managementPort = Management.freePort();
		try (ChildJvm fyren = new ChildJvm(data.resolve("out.txt"), FyrenApplication.class, "--server.port=" + port,
				"--management.server.port=" + managementPort, "--fyren.knowledge.data-dir=" + data,
				"--fyren.knowledge.reports=" + SHARED.resolve("corpus"),
				"--fyren.knowledge.thesaurus=" + CONFIG.resolve("knowledge/synonyms-sv.txt"),
				"--fyren.wheel.calendars=" + CONFIG.resolve("wheel"),
				"--fyren.dialogue.templates=" + CONFIG.resolve("dialogue"),
				// Says when the scheduler thread has taken a trigger and waits for it.
				"--logging.level.org.quartz.core.QuartzSchedulerThread=debug")) {
			Management management = new Management(managementPort);
			await().atMost(Duration.ofSeconds(90))
				.ignoreExceptions()
				.until(() -> management.status("readiness").equals("UP"));
			// A dialogue chain in a web room: its countdown wakes every few seconds, so
			// Quartz's thread holds the next wake-up and waits for it, the moment a stop
			// used to log an ERROR.
			int acquired = acquisitions(fyren.output());
			JsonNode room = Management.JSON.readTree(post(port, "/api/rooms", "{}").body());
			HttpResponse<String> started = post(port, "/api/chat",
					"{\"text\": \"dialog start Testgruppen\", \"conversation\": \"%s\", \"key\": \"%s\"}"
						.formatted(room.path("room").asString(), room.path("facilitatorKey").asString()));
			assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(30)).until(() -> acquisitions(fyren.output()) >= acquired + 2);

			fyren.terminate(Duration.ofSeconds(60));

			String output = fyren.output();
			assertThat(output).contains("Shutdown completed");
			assertThat(output.lines().filter(line -> line.contains(" ERROR "))).isEmpty();
		}
	}

}
