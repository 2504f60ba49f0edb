package se.fyren.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thesaurus file that cannot be read fails with its own exception, naming that file, so
 * the application can tell an administrator what to mend.
 */
class ThesaurusFilesTest {

	@TempDir
	Path folder;

	@Test
	void aMissingFileIsNamed() throws Exception {
		Path present = Files.writeString(folder.resolve("synonyms-sv.txt"), "folkhälsa, allmänhälsa\n");
		Path missing = folder.resolve("glossary-en-sv.txt");

		UnreadableThesaurusException failure = catchThrowableOfType(UnreadableThesaurusException.class,
				() -> Thesaurus.load(List.of(present, missing)));

		assertThat(failure.file()).isEqualTo(missing);
		assertThat(failure.files()).containsExactly(present, missing);
		assertThat(failure.getCause()).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void readableFilesStillLoad() throws Exception {
		Path glossary = Files.writeString(folder.resolve("glossary-en-sv.txt"), "# comment\nhealth => hälsa\n");

		assertThat(Thesaurus.load(List.of(glossary)).translates("health")).isTrue();
	}

}
