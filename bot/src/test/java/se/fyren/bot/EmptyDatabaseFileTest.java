package se.fyren.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fyren refuses to start on an H2 file that exists but is empty or cut short, naming the
 * file and what to do, and leaves the file as it was (H2 would recreate it empty).
 */
class EmptyDatabaseFileTest {

	@TempDir
	Path data;

	@Test
	void refusesAnEmptyDatabaseFileAndLeavesItAlone() throws Exception {
		Path file = Files.createFile(data.resolve("fyren.mv.db"));

		ChildFyren.Exited run = ChildFyren.run(FyrenApplication.class.getName(), data,
				ChildFyren.settings(Map.of("fyren.knowledge.index-on-start", "false")));

		assertThat(run.code()).isNotIn(0, ChildFyren.NOT_EXITED);
		assertThat(run.output()).contains("The database file " + file.toAbsolutePath() + " is empty (0 bytes)",
				"Restore the file from your backup, or move it away");
		assertThat(Files.size(file)).isZero();
	}

	@Test
	void refusesATruncatedDatabaseFile() throws Exception {
		Path file = Files.write(data.resolve("fyren.mv.db"), "H:2,block:".getBytes());

		ChildFyren.Exited run = ChildFyren.run(FyrenApplication.class.getName(), data,
				ChildFyren.settings(Map.of("fyren.knowledge.index-on-start", "false")));

		assertThat(run.code()).isNotIn(0, ChildFyren.NOT_EXITED);
		assertThat(run.output()).contains("The database file " + file.toAbsolutePath() + " is truncated");
	}

}
