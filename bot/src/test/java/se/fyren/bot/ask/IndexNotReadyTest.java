package se.fyren.bot.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.fyren.knowledge.KnowledgeBase;

/**
 * While the first index is being built, a question over the web gets how far the build
 * has come ("3 av 5"), in the asker's language, and is not recorded as an answer; once it
 * is built, questions are answered and recorded. The build's progress is the one the
 * knowledge library reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fyren.knowledge.index-on-start=false")
class IndexNotReadyTest {

	private static final String QUESTION = "Vilka tre strömmar ingår i Kingdons modell?";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void freshData(DynamicPropertyRegistry registry) throws Exception {
		Path shared = Path.of(System.getProperty("fyren.shared", "../../shared")).toAbsolutePath().normalize();
		Path config = Path.of("..", "config").toAbsolutePath().normalize();
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "not-ready-")
			.toAbsolutePath();
		registry.add("fyren.knowledge.reports", () -> shared.resolve("corpus").toString());
		registry.add("fyren.knowledge.data-dir", data::toString);
		registry.add("fyren.knowledge.thesaurus", () -> config.resolve("knowledge/synonyms-sv.txt") + ","
				+ config.resolve("knowledge/glossary-en-sv.txt"));
		registry.add("fyren.wheel.calendars", () -> config.resolve("wheel").toString());
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:not-ready;DB_CLOSE_DELAY=-1");
		registry.add("spring.quartz.auto-startup", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	IndexStatus status;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	JdbcClient jdbc;

	@Test
	void saysItIsStillReadingAndRecordsNothingUntilTheFirstIndexIsReady() throws Exception {
		status.building();
		status.reports(3, 5);

		JsonNode swedish = post("/api/chat", "{\"text\": \"" + QUESTION + "\", \"locale\": \"sv\"}");
		JsonNode english = post("/api/chat", "{\"text\": \"" + QUESTION + "\", \"locale\": \"en\"}");
		JsonNode asked = post("/api/ask", "{\"question\": \"" + QUESTION + "\"}");

		assertThat(swedish.toString()).contains("Jag läser fortfarande in rapporterna (3 av 5)…");
		assertThat(english.toString()).contains("I am still reading the reports (3 of 5)…");
		assertThat(asked.path("answer").path("found").asBoolean()).isFalse();
		assertThat(asked.path("answer").path("text").asString()).startsWith("Jag läser fortfarande");
		// The page asks in its own language.
		assertThat(post("/api/ask?locale=en", "{\"question\": \"" + QUESTION + "\"}").path("answer")
			.path("text")
			.asString()).startsWith("I am still reading");
		assertThat(asked.path("answerId").isNull()).isTrue();
		assertThat(answers()).isZero();
		assertThat(status.ready()).isFalse();

		knowledge.refresh(status);
		assertThat(status.progress().done()).isEqualTo(status.progress().total()).isPositive();
		status.built();

		JsonNode answered = post("/api/ask", "{\"question\": \"" + QUESTION + "\"}");
		assertThat(answered.path("answer").path("found").asBoolean()).isTrue();
		assertThat(answers()).isEqualTo(1);
	}

	private int answers() {
		return jdbc.sql("select count(*) from answer").query(Integer.class).single();
	}

	private JsonNode post(String path, String body) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
