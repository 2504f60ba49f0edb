package se.fyren.bot.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings that run the whole application against a {@link FakeSlack}, for the tests
 * and the benchmark.
 */
final class SlackTestApp {

	private SlackTestApp() {
	}

	static Map<String, String> properties(FakeSlack slack) {
		return properties(slack.apiUrl());
	}

	/** Against a Slack Web API at {@code apiUrl}, which need not answer yet. */
	static Map<String, String> properties(String apiUrl) {
		Path shared = Path.of(System.getProperty("fyren.shared", "../../shared")).toAbsolutePath().normalize();
		Path thesaurus = Path.of("..", "config", "knowledge").toAbsolutePath().normalize();
		Map<String, String> properties = new LinkedHashMap<>();
		// Obviously fake tokens: Bolt only passes them on to the fake Slack.
		properties.put("fyren.slack.bot-token", FakeSlack.BOT_TOKEN);
		properties.put("fyren.slack.signing-secret", SignedSlack.SECRET);
		properties.put("fyren.slack.app-token", "");
		properties.put("fyren.slack.api-url", apiUrl);
		// An address Slack's servers could reach, so cards keep their pictures.
		properties.put("fyren.public-url", "https://fyren.example.se");
		properties.put("fyren.knowledge.reports", shared.resolve("corpus").toString());
		// Each application its own index: Spring keeps test contexts alive, and an index
		// has one writer.
		properties.put("fyren.knowledge.data-dir", dataDirectory().toString());
		properties.put("fyren.knowledge.thesaurus",
				thesaurus.resolve("synonyms-sv.txt") + "," + thesaurus.resolve("glossary-en-sv.txt"));
		// The shipped year wheels, as Fyren run from the project's root reads them.
		properties.put("fyren.wheel.calendars", Path.of("..", "config", "wheel").toAbsolutePath().toString());
		properties.put("spring.datasource.url", "jdbc:h2:mem:slack;DB_CLOSE_DELAY=-1");
		return properties;
	}

	private static Path dataDirectory() {
		try {
			return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "slack-test-data-")
				.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a data directory under target/", ex);
		}
	}

}
