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

	/**
	 * A reports folder that is not there (a typo in the setting, a share not mounted)
	 * left the index empty while health said UP: every question went unanswered and
	 * nothing the IT department watches said why.
	 */
	@Test
	void downNamingAReportsFolderThatIsNotThere(@TempDir Path data) {
		Path thesaurus = Path.of("..", "config", "knowledge").toAbsolutePath().normalize();
		Path missing = data.resolve("rapporter");
		try (KnowledgeBase knowledge = new KnowledgeBase(new KnowledgeSettings(List.of(missing), data,
				List.of(thesaurus.resolve("synonyms-sv.txt"), thesaurus.resolve("glossary-en-sv.txt"))))) {
			knowledge.refresh();

			Health health = new IndexHealthIndicator(knowledge).health();

			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat((String) health.getDetails().get("reason")).contains("fyren.knowledge.reports")
				.contains(missing.toString());
		}
	}

}
