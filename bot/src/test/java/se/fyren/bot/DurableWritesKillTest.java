package se.fyren.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every write Fyren acknowledged survives {@code kill -9}: Fyren runs in a child JVM on
 * its default (embedded H2) database, answers questions from several clients at once over
 * HTTP (each answer is recorded before the 200), is killed with SIGKILL right after the
 * last one, and the database opened again on the same data directory holds them all.
 */
class DurableWritesKillTest {

	private static final int CLIENTS = 8;

	private static final int WRITES_EACH = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path data;

	@Test
	void acknowledgedAnswersSurviveSigkill() throws Exception {
		List<String> acknowledged = new ArrayList<>();
		try (ChildFyren fyren = ChildFyren.start(FyrenApplication.class.getName(), data,
				ChildFyren.settings(Map.of("spring.quartz.auto-startup", "false")))) {
			// The first answers wait for the first index; only recorded answers count.
			await().atMost(Duration.ofSeconds(120)).until(() -> ask(fyren, "Vad är dialogkedjan?") != null);
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			try {
				List<Future<List<String>>> asked = new ArrayList<>();
				for (int c = 0; c < CLIENTS; c++) {
					int client = c;
					asked.add(clients.submit(() -> askInTurn(fyren, client)));
				}
				for (Future<List<String>> client : asked) {
					acknowledged.addAll(client.get());
				}
			}
			finally {
				clients.shutdown();
			}
			fyren.kill();
		}
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("fyren"), "fyren", "")) {
			assertThat(acknowledged).hasSize(CLIENTS * WRITES_EACH);
			assertThat(stored(db, acknowledged)).containsExactlyInAnyOrderElementsOf(acknowledged);
		}
	}

	/**
	 * One client's questions, each sent when the last is answered: their answers' ids.
	 */
	private List<String> askInTurn(ChildFyren fyren, int client) throws IOException, InterruptedException {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < WRITES_EACH; i++) {
			String id = ask(fyren, "Vilka tre strömmar ingår i Kingdons modell? " + client + "." + i);
			assertThat(id).as("answer %d.%d was recorded", client, i).isNotNull();
			ids.add(id);
		}
		return ids;
	}

	/** The answer's id when Fyren recorded it, else null. */
	private String ask(ChildFyren fyren, String question) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fyren.url("/api/ask")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("question", question))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode id = JSON.readTree(response.body()).path("answerId");
		return id.isString() ? id.asString() : null;
	}

	private static List<String> stored(Connection db, List<String> ids) throws SQLException {
		List<String> found = new ArrayList<>();
		try (var query = db.prepareStatement("select id from answer where id = ?")) {
			for (String id : ids) {
				query.setString(1, id);
				try (var rows = query.executeQuery()) {
					if (rows.next()) {
						found.add(rows.getString(1));
					}
				}
			}
		}
		return found;
	}

}
