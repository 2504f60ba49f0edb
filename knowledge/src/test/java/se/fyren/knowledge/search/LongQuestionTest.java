package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.analysis.TermRole;

/**
 * A pasted report excerpt or a question of hundreds of words is searched by its most
 * telling words: it gets passages, never Lucene's TooManyClauses (a 500 in the web API
 * and silence in Slack before).
 */
class LongQuestionTest {

	@TempDir
	static Path data;

	static KnowledgeBase knowledge;

	@BeforeAll
	static void index() {
		knowledge = new KnowledgeBase(SharedData.settings(data));
		knowledge.refresh();
	}

	@AfterAll
	static void close() {
		knowledge.close();
	}

	@Test
	void answersPastedReportExcerptsFromTheirMostTellingWords() throws IOException {
		String report = Files
			.readString(SharedData.CORPUS.resolve("samling-social-hallbarhet-dalarna-slutrapport-2019.txt"));
		String paragraphs = String.join(" ", report.substring(4000, 7000).split("\\s+"));
		String page = String.join(" ", report.substring(10000, 15500).split("\\s+"));
		assertThat(page.length()).isGreaterThan(5000);

		for (String pasted : List.of(paragraphs, page)) {
			Answer answer = knowledge.ask(pasted);
			assertThat(answer.passages()).isNotEmpty();
			assertThat(answer.passages().get(0).passage().doc())
				.isEqualTo("samling-social-hallbarhet-dalarna-slutrapport-2019");
		}
	}

	@Test
	void answersAQuestionOfManyInventedWords() {
		String invented = IntStream.range(0, 300)
			.mapToObj(i -> "flurbel" + Integer.toString(i, 26).replace('0', 'q'))
			.collect(Collectors.joining(" "));

		Answer answer = knowledge.ask("Vad säger rapporterna om barnfattigdom och " + invented + "?");

		assertThat(answer.question()).startsWith("Vad säger");
	}

	@Test
	void keepsTheRarestKnownWordsInTheOrderTheyWereWritten() {
		List<Concept> concepts = IntStream.range(0, PassageSearcher.MAX_QUERY_CONCEPTS + 10)
			.mapToObj(i -> new Concept("w" + i, List.of(new QueryTerm("w" + i, TermRole.WRITTEN, 1f)), i, i % 2 == 0,
					"w" + i))
			.toList();

		List<Concept> kept = PassageSearcher.mostTelling(concepts);

		assertThat(kept).hasSize(PassageSearcher.MAX_QUERY_CONCEPTS);
		assertThat(kept).filteredOn(concept -> !concept.known()).hasSize(PassageSearcher.MAX_QUERY_CONCEPTS - 17);
		assertThat(kept).isSortedAccordingTo(java.util.Comparator.comparingDouble(Concept::idf));
		assertThat(kept).extracting(Concept::word).contains("w32", "w30", "w33");
	}

}
