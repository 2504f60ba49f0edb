package se.fyren.bot.dialogue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The settings a dialogue test runs the whole application with: the real corpus, templates and a real database. */
final class DialogueTestSupport {

	static final Path SHARED = Path.of(System.getProperty("fyren.shared", "../../shared")).toAbsolutePath().normalize();

	static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

	private DialogueTestSupport() {
	}

	/** @param databaseUrl an in-memory or file H2 database, so a test can restart on the same one */
	static Map<String, Object> properties(String databaseUrl) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("fyren.knowledge.reports", SHARED.resolve("corpus").toString());
		// One index for all dialogue tests: built by the first, only checked by the others.
		properties.put("fyren.knowledge.data-dir", Path.of("target", "dialogue-test-data").toAbsolutePath().toString());
		properties.put("fyren.knowledge.thesaurus", CONFIG.resolve("knowledge/synonyms-sv.txt") + ","
				+ CONFIG.resolve("knowledge/glossary-en-sv.txt"));
		properties.put("fyren.dialogue.templates", CONFIG.resolve("dialogue").toString());
		// The tests drive the countdown and the deadlines themselves; the tick must not move chains behind them.
		properties.put("fyren.dialogue.countdown-every", "1h");
		// Quartz hands triggers later than the misfire threshold to its misfire handler, which looks every
		// threshold: a second here instead of a minute, so a missed deadline fires within the test's patience.
		properties.put("spring.quartz.properties.org.quartz.jobStore.misfireThreshold", "1000");
		properties.put("spring.datasource.url", databaseUrl);
		return properties;
	}

}
