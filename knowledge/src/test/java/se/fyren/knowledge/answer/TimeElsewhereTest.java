package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.SharedData;

/**
 * Asked when, the report that says when answers, though two others name the question's
 * words more often: without a time they tell what, not when.
 */
class TimeElsewhereTest {

	@Test
	void aTimeInALowerPassageAnswersWhenTheFirstNamesNone(@TempDir Path reports, @TempDir Path data)
			throws IOException {
		Answer answer = ask(reports, data, "Kommunfullmäktige i Orsa antog cykelplanen den 12 mars 2019.");

		assertThat(answer.found()).isTrue();
		assertThat(answer.text()).startsWith("Kommunfullmäktige i Orsa antog cykelplanen den 12 mars 2019.");
	}

	@Test
	void aTimeOfSomethingElseIsNoAnswer(@TempDir Path reports, @TempDir Path data) throws IOException {
		// It covers less of the question than the passages that name no time.
		Answer answer = ask(reports, data, "Kommunfullmäktige i Orsa antog budgeten den 12 mars 2019.");

		assertThat(answer.found()).isFalse();
		assertThat(answer.abstain().reason()).isEqualTo("date_not_in_answer");
	}

	private static Answer ask(Path reports, Path data, String minutes) throws IOException {
		Files.writeString(reports.resolve("cykelplan-orsa.txt"),
				"Cykelplanen i Orsa\n\nCykelplanen i Orsa gör cykelvägarna i Orsa säkrare. Cykelplanen i Orsa ger "
						+ "cykelvägar till skolorna i Orsa, och cykelplanen i Orsa antogs efter en lång dialog med "
						+ "skolorna.\n");
		Files.writeString(reports.resolve("cykelvagar-orsa.txt"),
				"Cykelvägar i Orsa\n\nCykelplanen i Orsa tar upp cykelvägar och parkering. Cykelplanen antogs av "
						+ "politikerna i Orsa, och cykelplanen i Orsa följs upp av skolorna.\n");
		Files.writeString(reports.resolve("kommunfullmaktige-orsa.txt"),
				"Protokoll från kommunfullmäktige\n\n" + minutes + "\n");
		try (KnowledgeBase knowledge = new KnowledgeBase(
				new KnowledgeSettings(List.of(reports), data, SharedData.thesaurus()))) {
			knowledge.refresh();
			return knowledge.ask("när antog orsa cykelplanen?");
		}
	}

}
