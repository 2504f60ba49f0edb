package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.ScoredPassage;

/**
 * The words by which a question names the document it asks about ("i slutrapporten", "the
 * course manual") say where to look: they are matched in the reports' titles, not in the
 * text, where they would find the passages that speak of the report itself.
 */
class QuestionNamesADocumentTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);

	@Test
	void theWordsThatNameADocumentAreNoPartOfWhatIsAsked() {
		assertThat(content("vad står det i minnesanteckningarna om handhygien")).containsExactly("står", "handhygi");
		// As the stemmer leaves the bare word, and as the glossary gives the English.
		assertThat(content("vad säger samlingens slutrapport om förskolan")).noneMatch(word -> word.contains("rapp"))
			.anyMatch(word -> word.startsWith("förskol"));
		assertThat(content("in the final report, why is preschool counted as public health work"))
			.noneMatch(word -> word.contains("rapp"))
			.anyMatch(word -> word.startsWith("förskol"));
		assertThat(content("what does the course manual say about partnership")).doesNotContain("manual")
			.contains("partnerskap");
	}

	@Test
	void aQuestionThatNamesNothingButADocumentKeepsItsWords() {
		AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), "slutrapporten?");

		assertThat(question.content()).isSameAs(question);
	}

	@Test
	void findsWhatTheDocumentSaysNotWhereItSpeaksOfItself() {
		// Only the minutes' title says "minnesanteckningar".
		List<ScoredPassage> found = searcher.search(corpus.snapshot(),
				searcher.analyze(corpus.snapshot(), "vad står det i minnesanteckningarna om handhygien"), 3);

		assertThat(found.get(0).passage().text()).contains("Handhygien gällande barn och unga har slagit väl ut");
	}

	private List<String> content(String question) {
		return searcher.analyze(corpus.snapshot(), question).content().concepts().stream().map(Concept::word).toList();
	}

}
