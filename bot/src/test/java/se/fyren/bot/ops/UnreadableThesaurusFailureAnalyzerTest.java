package se.fyren.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import se.fyren.knowledge.analysis.Thesaurus;

/**
 * The report for a thesaurus file that cannot be read: which file, where Fyren looked,
 * and the setting to set.
 */
class UnreadableThesaurusFailureAnalyzerTest {

	@TempDir
	Path folder;

	private final UnreadableThesaurusFailureAnalyzer analyzer = new UnreadableThesaurusFailureAnalyzer();

	@Test
	void namesTheMissingFileTheWorkingDirectoryAndTheSetting() throws Exception {
		Path present = Files.writeString(folder.resolve("synonyms-sv.txt"), "folkhälsa, allmänhälsa\n");
		Path missing = folder.resolve("glossary-en-sv.txt");
		Throwable failure = new BeanCreationException("knowledgeBase", "Failed to instantiate",
				catchThrowable(() -> Thesaurus.load(List.of(present, missing))));

		FailureAnalysis analysis = analyzer.analyze(failure);

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains(missing.toString(), "the file does not exist",
				"Working directory: " + Path.of("").toAbsolutePath(), present.toString());
		// An absolute path is not the working directory's fault.
		assertThat(analysis.getAction())
			.contains("may read it", "fyren.knowledge.thesaurus", "FYREN_KNOWLEDGE_THESAURUS")
			.doesNotContain("project folder");
	}

	@Test
	void aRelativePathIsShownAgainstTheWorkingDirectory() {
		Path missing = Path.of("config/knowledge/no-such-synonyms.txt");
		Throwable failure = catchThrowable(() -> Thesaurus.load(List.of(missing)));

		FailureAnalysis analysis = analyzer.analyze(failure);

		assertThat(analysis.getDescription()).contains(Path.of("").toAbsolutePath().resolve(missing).toString());
		assertThat(analysis.getAction()).contains("project folder", "SPRING_CONFIG_ADDITIONAL_LOCATION",
				"fyren.knowledge.thesaurus");
	}

	@Test
	void aFileThatIsNotUtf8IsSaidToBeSo() throws Exception {
		Path latin1 = Files.write(folder.resolve("synonyms-sv.txt"), new byte[] { 'h', (byte) 0xE4, 'l', 's', 'a' });
		Throwable failure = catchThrowable(() -> Thesaurus.load(List.of(latin1)));

		assertThat(analyzer.analyze(failure).getDescription()).contains(latin1.toString(), "not UTF-8");
	}

	@Test
	void leavesOtherFailuresToSpringBoot() {
		assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
	}

}
