package se.fyren.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.bot.ChildFyren;
import se.fyren.bot.FyrenApplication;

/**
 * Fyren started where its thesaurus is not (as from outside the project folder), in a JVM
 * of its own as an administrator starts it: both the server and a command end in Spring
 * Boot's short report naming the file and what to do, not in stack traces, and leave
 * nothing behind in the folder they were started from.
 */
class UnreadableThesaurusStartTest {

	@TempDir
	Path data;

	@TempDir
	Path outputs;

	@Test
	void theServerReportsTheMissingThesaurus() {
		Path missing = data.resolve("config/knowledge/synonyms-sv.txt");

		ChildFyren.Exited run = ChildFyren.run(FyrenApplication.class.getName(), data,
				ChildFyren.settings(Map.of("fyren.knowledge.thesaurus", missing.toString(),
						"fyren.knowledge.index-on-start", "false", "management.server.port", "0")));

		assertThat(run.code()).isNotIn(0, ChildFyren.NOT_EXITED);
		assertReport(run.output(), missing);
	}

	@Test
	void aCommandReportsTheMissingThesaurus() throws Exception {
		Path missing = data.resolve("glossary-en-sv.txt");
		Path output = outputs.resolve("ask.txt");
		try (ChildJvm ask = new ChildJvm(output, FyrenApplication.class, "ask", "hej",
				"--fyren.knowledge.data-dir=" + data, "--fyren.knowledge.thesaurus=" + missing)) {
			assertThat(ask.waitFor(Duration.ofSeconds(120))).isNotZero();
		}
		assertReport(Files.readString(output), missing);
	}

	@Test
	void aCommandStartedInAnotherFolderSaysTheSettingsWereNotRead() throws Exception {
		// The administrator's case: no override, the relative default paths, and no
		// config/application.yml where Fyren was started.
		Path output = outputs.resolve("elsewhere.txt");
		try (ChildJvm ask = ChildJvm.inFolder(data, output, FyrenApplication.class, "ask", "hej")) {
			assertThat(ask.waitFor(Duration.ofSeconds(120))).isNotZero();
		}
		assertThat(Files.readString(output))
			.contains("APPLICATION FAILED TO START",
					data.toRealPath().resolve("config/knowledge/synonyms-sv.txt").toString(),
					"Working directory: " + data.toRealPath(), "There is no config/application.yml",
					"Start Fyren from its project folder", "SPRING_CONFIG_ADDITIONAL_LOCATION")
			.doesNotContain("\tat org.springframework");
		assertNothingLeftIn(data);
	}

	@Test
	void theServerStartedInAnotherFolderLeavesNothingThere() throws Exception {
		// The administrator's case for the server: the relative default paths (database
		// and index under ./data among them) in a folder that is not Fyren's. Only the
		// ports are set, so the start cannot clash with a server already running.
		Path output = outputs.resolve("server.txt");
		try (ChildJvm server = ChildJvm.inFolder(data, output, FyrenApplication.class, "--server.port=0",
				"--management.server.port=0")) {
			assertThat(server.waitFor(Duration.ofSeconds(180))).isNotZero();
		}
		assertThat(Files.readString(output)).contains("APPLICATION FAILED TO START",
				data.toRealPath().resolve("config/knowledge/synonyms-sv.txt").toString());
		assertNothingLeftIn(data);
	}

	private static void assertReport(String output, Path missing) {
		assertThat(output)
			.contains("APPLICATION FAILED TO START", missing.toAbsolutePath().toString(), "the file does not exist",
					"Working directory: " + Path.of("").toAbsolutePath(), "may read it", "fyren.knowledge.thesaurus")
			.doesNotContain("\tat org.springframework");
	}

	private static void assertNothingLeftIn(Path folder) throws IOException {
		try (Stream<Path> left = Files.walk(folder)) {
			assertThat(left.filter(path -> !path.equals(folder)).map(folder::relativize))
				.as("what the failed start left in the folder it was started from")
				.isEmpty();
		}
	}

}
