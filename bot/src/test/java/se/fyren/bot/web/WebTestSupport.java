package se.fyren.bot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.TestFeature;

/**
 * The whole application on a random port over the real corpus, with a fresh index and an
 * in-memory database, a small {@link TestFeature} that answers "testkort" with a card,
 * and a {@link FailingEndpoint} that fails as a bug would. The API and browser tests
 * extend this, so they share one application context (and one index).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestFeature.Config.class, FailingEndpoint.class })
abstract class WebTestSupport {

	// Absolute: Spring's String-to-Path conversion rejects paths that climb out with
	// "..".
	static final Path SHARED = Path.of(System.getProperty("fyren.shared", "../../shared")).toAbsolutePath().normalize();

	/** Tests run in bot/; the thesaurus lives in the project's config folder. */
	static final Path THESAURUS = Path.of("..", "config", "knowledge").toAbsolutePath().normalize();

	static final String ADMIN_KEY = "test-admin-key";

	private static final Path DATA = tempDirectory();

	@DynamicPropertySource
	static void fyrenProperties(DynamicPropertyRegistry registry) {
		registry.add("fyren.knowledge.reports", () -> SHARED.resolve("corpus").toString());
		registry.add("fyren.knowledge.data-dir", DATA::toString);
		registry.add("fyren.knowledge.thesaurus",
				() -> THESAURUS.resolve("synonyms-sv.txt") + "," + THESAURUS.resolve("glossary-en-sv.txt"));
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:fyren-web;DB_CLOSE_DELAY=-1");
		// The project's year wheels, for the links in their cards.
		registry.add("fyren.wheel.calendars", () -> THESAURUS.getParent().resolve("wheel").toString());
		// An administrator may add documents in the web chat, to the municipality's
		// collection, up to a size a test can exceed cheaply.
		registry.add("fyren.documents.web-admin-key", () -> ADMIN_KEY);
		registry.add("fyren.documents.max-size", () -> "1MB");
		// Under the default, so a zip bomb's refusal must name the limit set here.
		registry.add("fyren.knowledge.max-unpacked-size", () -> "20MB");
		registry.add("fyren.documents.places[0].chat", () -> "web");
		registry.add("fyren.documents.places[0].collections", () -> "rapporter,kommun");
		registry.add("fyren.documents.places[0].adds-to", () -> "kommun");
	}

	private static Path tempDirectory() {
		try {
			Path directory = Files.createDirectories(Path.of("target"));
			return Files.createTempDirectory(directory, "web-test-data-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a data directory under target/", ex);
		}
	}

}
