package se.fyren.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;

/** Readiness waits for the index: down while the reports are being read, up after. */
class IndexHealthIndicatorTest {

	static final Path SHARED = Path.of(System.getProperty("fyren.shared", "../../shared")).toAbsolutePath().normalize();

	@Test
	void downUntilTheReportsHaveBeenReadThenUpWithTheFigures(@TempDir Path data) {
		Path thesaurus = Path.of("..", "config", "knowledge").toAbsolutePath().normalize();
		try (KnowledgeBase knowledge = new KnowledgeBase(new KnowledgeSettings(List.of(SHARED.resolve("corpus")), data,
				List.of(thesaurus.resolve("synonyms-sv.txt"), thesaurus.resolve("glossary-en-sv.txt"))))) {
			IndexHealthIndicator index = new IndexHealthIndicator(knowledge);

			Health before = index.health();
			assertThat(before.getStatus()).isEqualTo(Status.DOWN);
			assertThat(before.getDetails()).containsEntry("reason", "still reading the reports")
				.containsEntry("passages", 0);

			knowledge.refresh();

			Health after = index.health();
			assertThat(after.getStatus()).isEqualTo(Status.UP);
			assertThat((Integer) after.getDetails().get("documents")).isGreaterThanOrEqualTo(5);
			assertThat((Integer) after.getDetails().get("passages")).isGreaterThan(100);
		}
	}

}
