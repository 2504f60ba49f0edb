package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each concept keeps the question's words it stands for, as written: an English word the
 * glossary translates ("people" for "person") is still tied to the question's wording.
 */
class ConceptPhraseTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);

	@Test
	void anEnglishWordTheGlossaryTranslatesKeepsItsWording() {
		AnalyzedQuestion question = searcher.analyze(corpus.snapshot(),
				"How many people from each municipality can join?");

		assertThat(question.concepts()).anySatisfy(concept -> {
			assertThat(concept.word()).isEqualTo("person");
			assertThat(concept.phrase()).isEqualTo("people");
		});
	}

	@Test
	void aSwedishWordKeepsItsInflectedForm() {
		AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), "hur många kommuner deltog?");

		assertThat(question.concepts()).anySatisfy(concept -> {
			assertThat(concept.word()).isEqualTo("kommun");
			assertThat(concept.phrase()).isEqualTo("kommuner");
		});
	}

}
