package se.fyren.bot.teams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings that run the whole application against a {@link FakeMicrosoft}, and Teams'
 * side of {@code /api/messages}: an activity posted with a Bot Framework token.
 */
final class TeamsTestApp {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private TeamsTestApp() {
	}

	static Map<String, String> properties(FakeMicrosoft microsoft) {
		Path shared = Path.of(System.getProperty("fyren.shared", "../../shared")).toAbsolutePath().normalize();
		Path config = Path.of("..", "config").toAbsolutePath().normalize();
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("fyren.teams.app-id", FakeMicrosoft.APP_ID);
		properties.put("fyren.teams.app-password", "test-secret");
		properties.put("fyren.teams.open-id-metadata-url", microsoft.metadataUrl());
		properties.put("fyren.teams.token-url", microsoft.tokenUrl());
		properties.put("fyren.teams.trusted-service-urls[0]", microsoft.serviceUrl());
		properties.put("fyren.knowledge.reports", shared.resolve("corpus").toString());
		// Its own index: Spring keeps test contexts alive, and an index has one writer.
		properties.put("fyren.knowledge.data-dir", dataDirectory().toString());
		properties.put("fyren.knowledge.thesaurus",
				config.resolve("knowledge/synonyms-sv.txt") + "," + config.resolve("knowledge/glossary-en-sv.txt"));
		// The shipped wheels and chain templates, as Fyren run from the project's root
		// reads them.
		properties.put("fyren.wheel.calendars", config.resolve("wheel").toString());
		properties.put("fyren.dialogue.templates", config.resolve("dialogue").toString());
		properties.put("spring.datasource.url", "jdbc:h2:mem:teams;DB_CLOSE_DELAY=-1");
		return properties;
	}

	/** Posts an activity to Fyren, with the token when there is one. */
	static HttpResponse<String> send(int port, String token, String activity) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(activity));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not reach Fyren", ex);
		}
	}

	private static Path dataDirectory() {
		try {
			return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "teams-test-data-")
				.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a data directory under target/", ex);
		}
	}

}
