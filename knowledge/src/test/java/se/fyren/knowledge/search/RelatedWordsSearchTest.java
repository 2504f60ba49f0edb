package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.RelatedWords;
import se.fyren.knowledge.analysis.TermRole;

/**
 * A Swedish question's word is searched with one word of like meaning from the general
 * lexicon, the best-rated one the reports use, at a low weight; it never makes a word the
 * reports lack known, and an English question gets none.
 */
class RelatedWordsSearchTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT,
			RelatedWords.swedish(NounLemmas.swedish().wordClasses()));

	@Test
	void aWordGetsTheBestRatedRelatedWordTheReportsUseAtALowWeight() {
		Concept purpose = concept("vilket ändamål hade lärprojektet?", "ändamål");

		List<QueryTerm> related = related(purpose);
		// "syfte" as the index holds it
		assertThat(related).extracting(QueryTerm::term).containsExactly("syft");
		assertThat(related).allMatch(term -> term.weight() == SearchSettings.DEFAULT.relatedWeight());
		assertThat(purpose.terms().get(0).role()).isEqualTo(TermRole.WRITTEN);
	}

	@Test
	void aRelatedWordDoesNotMakeAWordTheReportsLackKnown() {
		// Slang for money: the reports say "pengar", never "kosing".
		Concept money = concept("hur mycket kosing fick projektet?", "kosing");

		assertThat(related(money)).extracting(QueryTerm::term).containsExactly("peng");
		assertThat(money.known()).isFalse();
	}

	@Test
	void anEnglishQuestionAndTheSearcherWithoutALexiconGetNone() {
		AnalyzedQuestion english = searcher.analyze(corpus.snapshot(), "what was the purpose of the meeting?");
		AnalyzedQuestion plain = new PassageSearcher(SearchSettings.DEFAULT).analyze(corpus.snapshot(),
				"vilket ändamål hade lärprojektet?");

		assertThat(english.concepts()).allSatisfy(concept -> assertThat(related(concept)).isEmpty());
		assertThat(plain.concepts()).allSatisfy(concept -> assertThat(related(concept)).isEmpty());
	}

	private Concept concept(String question, String word) {
		return searcher.analyze(corpus.snapshot(), question)
			.concepts()
			.stream()
			.filter(concept -> concept.terms().get(0).term().startsWith(word.substring(0, 5)))
			.findFirst()
			.orElseThrow();
	}

	private static List<QueryTerm> related(Concept concept) {
		return concept.terms().stream().filter(term -> term.role() == TermRole.RELATED).toList();
	}

}
