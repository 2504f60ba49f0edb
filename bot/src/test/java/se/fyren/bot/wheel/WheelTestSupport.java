package se.fyren.bot.wheel;

import se.fyren.bot.wheel.reminders.RecordingOutbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.MutableClock;
import se.fyren.bot.SvgText;

/**
 * The whole application on a random port over the real corpus and the shipped wheels,
 * with an in-memory database, a clock the tests move, and Quartz not started: tests call
 * the job's entry point after moving the clock, and read the triggers Quartz stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ MutableClock.Config.class, WheelTestSupport.Config.class })
public abstract class WheelTestSupport {

	public static final Path SHARED = Path.of(System.getProperty("fyren.shared", "../../shared"))
		.toAbsolutePath()
		.normalize();

	public static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

	private static final Path DATA = tempDirectory();

	@Autowired
	public MutableClock clock;

	@Autowired
	public RecordingOutbox outbox;

	@DynamicPropertySource
	protected static void properties(DynamicPropertyRegistry registry) {
		registry.add("fyren.knowledge.reports", () -> SHARED.resolve("corpus").toString());
		registry.add("fyren.knowledge.data-dir", DATA::toString);
		registry.add("fyren.knowledge.thesaurus", () -> CONFIG.resolve("knowledge/synonyms-sv.txt") + ","
				+ CONFIG.resolve("knowledge/glossary-en-sv.txt"));
		registry.add("fyren.wheel.calendars", () -> CONFIG.resolve("wheel").toString());
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:fyren-windows;DB_CLOSE_DELAY=-1");
		registry.add("spring.quartz.auto-startup", () -> "false");
		// One channel tied to a municipality's own documents, for the reminders that cite
		// them.
		registry.add("fyren.documents.places[0].chat", () -> "slack");
		registry.add("fyren.documents.places[0].conversation", () -> "C-BORLANGE");
		registry.add("fyren.documents.places[0].collections", () -> "rapporter,borlange");
		registry.add("fyren.documents.places[0].adds-to", () -> "borlange");
		// A whole workspace tied to its municipality's documents: the rule names no
		// conversation.
		registry.add("fyren.documents.places[1].chat", () -> "slack");
		registry.add("fyren.documents.places[1].workspace", () -> "T-FALUN");
		registry.add("fyren.documents.places[1].collections", () -> "rapporter,falun");
		registry.add("fyren.documents.places[1].adds-to", () -> "falun");
	}

	/** The SVG's texts, in the order drawn; parsing it checks it is well formed. */
	protected static List<String> svgTexts(String svg) {
		return SvgText.in(svg).stream().map(SvgText::text).toList();
	}

	protected void setClock(String stockholmTime) {
		clock.set(LocalDateTime.parse(stockholmTime).atZone(MutableClock.STOCKHOLM).toInstant());
	}

	protected Instant at(String stockholmTime) {
		return LocalDateTime.parse(stockholmTime).atZone(MutableClock.STOCKHOLM).toInstant();
	}

	private static Path tempDirectory() {
		try {
			return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "windows-test-data-")
				.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a data directory under target/", ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		RecordingOutbox recordingOutbox() {
			return new RecordingOutbox();
		}

	}

}
