package se.fyren.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.bot.ChildFyren;
import se.fyren.bot.FyrenApplication;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;

/**
 * A server started on a data folder whose index another process writes (the service runs,
 * and an administrator starts Fyren again by hand), in a JVM of its own: it ends in
 * Spring Boot's short report naming the index and what to do. It ended in a hundred lines
 * of stack traces whose last cause was Lucene's lock.
 */
class IndexInUseStartTest {

	@TempDir
	Path data;

	@Test
	void aSecondServerOnTheSameDataFolderIsToldWhatToDo() {
		Path thesaurus = Path.of("..", "config", "knowledge").toAbsolutePath().normalize();
		// This test's own index writer stands for the Fyren already running.
		try (KnowledgeBase running = new KnowledgeBase(new KnowledgeSettings(List.of(), data,
				List.of(thesaurus.resolve("synonyms-sv.txt"), thesaurus.resolve("glossary-en-sv.txt"))))) {
			ChildFyren.Exited second = ChildFyren.run(FyrenApplication.class.getName(), data, ChildFyren
				.settings(Map.of("fyren.knowledge.index-on-start", "false", "management.server.port", "0")));

			assertThat(second.code()).isNotIn(0, ChildFyren.NOT_EXITED);
			assertThat(second.output())
				.contains("APPLICATION FAILED TO START", data.toAbsolutePath().resolve("index").toString(),
						"already running on the same data folder", "FYREN_KNOWLEDGE_DATA_DIR")
				.doesNotContain("\tat org.springframework");
		}
	}

}
