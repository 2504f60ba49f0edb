package se.fyren.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import se.fyren.bot.FyrenApplication;

/**
 * The command line while a server runs on the same data folder, each in a JVM of its own
 * as an administrator runs them: the server holds the index's write lock and the H2
 * database file, and the command line answers beside it (reading the server's index,
 * asking the server for the feedback) instead of failing on the held database.
 */
class CommandLineBesideServerTest {

	static final Path SHARED = GracefulShutdownTest.SHARED;

	static final Path CONFIG = GracefulShutdownTest.CONFIG;

	static final Duration COMMAND_PATIENCE = Duration.ofSeconds(120);

	@TempDir
	Path data;

	@TempDir
	Path outputs;

	private List<String> settings(int port, int managementPort) {
		return List.of("--server.port=" + port, "--management.server.port=" + managementPort,
				"--fyren.knowledge.data-dir=" + data, "--fyren.knowledge.reports=" + SHARED.resolve("corpus"),
				"--fyren.knowledge.thesaurus=" + CONFIG.resolve("knowledge/synonyms-sv.txt"),
				"--fyren.wheel.calendars=" + CONFIG.resolve("wheel"),
				"--fyren.dialogue.templates=" + CONFIG.resolve("dialogue"));
	}

	@Test
	void askFeedbackAndIndexAnswerWhileTheServerRuns() throws Exception {
		int port = Management.freePort();
		int managementPort = Management.freePort();
		List<String> settings = settings(port, managementPort);
		try (ChildJvm server = new ChildJvm(outputs.resolve("server.txt"), FyrenApplication.class,
				settings.toArray(String[]::new))) {
			Management management = new Management(managementPort);
			await().atMost(Duration.ofSeconds(90))
				.ignoreExceptions()
				.until(() -> management.status("readiness").equals("UP"));
			String answerId = Management.JSON
				.readTree(post(port, "/api/ask", "{\"question\": \"Vad är dialogkedjan?\"}"))
				.path("answerId")
				.asString();
			post(port, "/api/feedback", "{\"answerId\": \"" + answerId + "\", \"helpful\": false}");

			Command ask = command(settings, "ask", "--json", "Vilka tre strömmar ingår i Kingdons modell?");
			assertThat(ask.exitCode()).as(ask.errors()).isZero();
			JsonNode answer = Management.JSON.readTree(ask.output());
			assertThat(answer.path("answer").path("found").asBoolean()).isTrue();
			assertThat(answer.path("passages").size()).isPositive();

			Command feedback = command(settings, "feedback", "--json");
			assertThat(feedback.exitCode()).as(feedback.errors()).isZero();
			JsonNode worst = Management.JSON.readTree(feedback.output());
			assertThat(worst.size()).isEqualTo(1);
			assertThat(worst.get(0).path("id").asString()).isEqualTo(answerId);
			assertThat(worst.get(0).path("question").asString()).isEqualTo("Vad är dialogkedjan?");
			assertThat(worst.get(0).path("notHelpful").asInt()).isEqualTo(1);

			Command index = command(settings, "index");
			assertThat(index.exitCode()).isEqualTo(1);
			assertThat(index.errors()).contains("En Fyren-server körs redan mot samma datamapp")
				.doesNotContain("Exception");

			assertThat(server.output()).doesNotContain(" ERROR ");
		}
	}

	record Command(int exitCode, String output, String errors) {
	}

	private Command command(List<String> settings, String... words) throws Exception {
		List<String> args = new ArrayList<>(List.of(words));
		args.addAll(settings);
		Path output = Files.createTempFile(outputs, "out", ".txt");
		Path errors = Files.createTempFile(outputs, "err", ".txt");
		try (ChildJvm command = new ChildJvm(output, errors, FyrenApplication.class, args.toArray(String[]::new))) {
			int exit = command.waitFor(COMMAND_PATIENCE);
			return new Command(exit, Files.readString(output), Files.readString(errors));
		}
	}

	private static String post(int port, String path, String json) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

}
