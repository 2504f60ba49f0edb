package se.fyren.bot.dialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a dialogue test runs the whole application with: the real corpus,
 * templates and a real database.
 */
final class DialogueTestSupport {

	static final Path SHARED = Path.of(System.getProperty("fyren.shared", "../../shared")).toAbsolutePath().normalize();

	static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

	private DialogueTestSupport() {
	}

	/**
	 * A fresh folder under target/ for an application that does not keep running between
	 * tests.
	 */
	static Path freshDataDir() {
		try {
			return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "dialogue-data-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a data directory under target/", ex);
		}
	}

	/**
	 * @param databaseUrl an in-memory or file H2 database, so a test can restart on the
	 * same one
	 * @param dataDir the index's folder: one per live application, as an index has one
	 * writer
	 * @param scheduler Quartz's scheduler name: one per live application; the same after
	 * a restart
	 */
	static Map<String, Object> properties(String databaseUrl, Path dataDir, String scheduler) {
		Map<String, Object> properties = new LinkedHashMap<>();
		// Spring registers a scheduler's data source JVM-wide under the scheduler's name:
		// two live applications with one name would share the last one's database (and
		// lose it when that one closes).
		properties.put("spring.quartz.scheduler-name", scheduler);
		properties.put("fyren.knowledge.reports", SHARED.resolve("corpus").toString());
		properties.put("fyren.knowledge.data-dir", dataDir.toAbsolutePath().toString());
		properties.put("fyren.knowledge.thesaurus",
				CONFIG.resolve("knowledge/synonyms-sv.txt") + "," + CONFIG.resolve("knowledge/glossary-en-sv.txt"));
		properties.put("fyren.dialogue.templates", CONFIG.resolve("dialogue").toString());
		// The tests drive the countdown and the deadlines themselves; the tick must not
		// move chains behind them.
		properties.put("fyren.dialogue.countdown-every", "1h");
		// Quartz hands triggers later than the misfire threshold to its misfire handler,
		// which looks every threshold: a second here instead of a minute, so a missed
		// deadline fires within the test's patience.
		properties.put("spring.quartz.properties.org.quartz.jobStore.misfireThreshold", "1000");
		properties.put("spring.datasource.url", databaseUrl);
		return properties;
	}

}
