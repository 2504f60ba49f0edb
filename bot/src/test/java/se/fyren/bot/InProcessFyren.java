package se.fyren.bot;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import se.fyren.knowledge.KnowledgeBase;

/**
 * The whole application started in this JVM with settings of a test's choosing, on a free
 * port, for tests that run several instances side by side (the counterpart of
 * {@link ChildFyren}, which runs one in a JVM of its own).
 */
public final class InProcessFyren {

	public static final Path SHARED = Path.of(System.getProperty("fyren.shared", "../../shared"))
		.toAbsolutePath()
		.normalize();

	public static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

	/** Long enough for an instance to index the real corpus on a loaded build machine. */
	private static final Duration INDEXING = Duration.ofSeconds(120);

	private InProcessFyren() {
	}

	/**
	 * What every instance needs to answer: the real corpus, the shipped thesaurus, and a
	 * data directory (index) of its own under target/, named from {@code name}, since an
	 * index has one writer.
	 */
	public static Map<String, String> knowledge(String name) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("fyren.knowledge.reports", SHARED.resolve("corpus").toString());
		settings.put("fyren.knowledge.data-dir", dataDirectory(name).toString());
		settings.put("fyren.knowledge.thesaurus",
				CONFIG.resolve("knowledge/synonyms-sv.txt") + "," + CONFIG.resolve("knowledge/glossary-en-sv.txt"));
		return settings;
	}

	/**
	 * Starts an instance on a free port. The settings are passed as command-line
	 * arguments, so they win over application.yml as a real instance's settings would.
	 */
	@SafeVarargs
	public static ConfigurableApplicationContext start(Map<String, String> settings,
			ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
		Map<String, String> all = new LinkedHashMap<>(settings);
		all.put("server.port", "0");
		String[] arguments = all.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(FyrenApplication.class).initializers(initializers).run(arguments);
	}

	/** Waits until the instance has an index to answer from, and returns it. */
	public static ConfigurableApplicationContext indexed(ConfigurableApplicationContext instance) {
		await().atMost(INDEXING).until(() -> instance.getBean(KnowledgeBase.class).hasIndex());
		return instance;
	}

	/** The port the instance serves HTTP on. */
	public static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}

	private static Path dataDirectory(String name) {
		try {
			return Files.createTempDirectory(Files.createDirectories(Path.of("target")), name + "-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a data directory under target/", ex);
		}
	}

}
