package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.RelatedWords;
import se.fyren.knowledge.analysis.SwedishAnalysis;

/**
 * A word's related terms are remembered per word and analyzer: the same terms as
 * analysing the lexicon's words afresh, the same again when asked again, and analysed
 * anew for another analyzer (a rebuilt index may split compounds differently).
 */
class RelatedTermsTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final RelatedWords lexicon = RelatedWords.swedish(NounLemmas.swedish().wordClasses());

	@Test
	void remembersTheTermsAFreshAnalysisGives() {
		RelatedTerms related = new RelatedTerms(lexicon);
		Analyzer analyzer = corpus.snapshot().analysis().indexAnalyzer();

		for (String word : List.of("ändamål", "kosing", "mötena", "qqqxz")) {
			List<String> fresh = fresh(analyzer, word);
			assertThat(related.of(analyzer, word)).as(word).isEqualTo(fresh);
			assertThat(related.of(analyzer, word)).as(word + " again").isEqualTo(fresh);
		}
		// "syfte" as the index holds it, the best-rated first
		assertThat(related.of(analyzer, "ändamål")).startsWith("syft");
		assertThat(related.of(analyzer, "qqqxz")).isEmpty();
	}

	@Test
	void analysesAgainForAnotherAnalyzer() {
		RelatedTerms related = new RelatedTerms(lexicon);
		Analyzer index = corpus.snapshot().analysis().indexAnalyzer();
		// Words as written, unstemmed: "syfte", not "syft".
		Analyzer written = new WhitespaceAnalyzer();

		assertThat(related.of(index, "ändamål")).startsWith("syft");
		assertThat(related.of(written, "ändamål")).startsWith("syfte").isEqualTo(fresh(written, "ändamål"));
		assertThat(related.of(index, "ändamål")).startsWith("syft").isEqualTo(fresh(index, "ändamål"));
	}

	@Test
	void aSearcherWithoutALexiconHasNoRelatedTerms() {
		RelatedTerms none = new RelatedTerms(RelatedWords.NONE);

		assertThat(none.of(corpus.snapshot().analysis().indexAnalyzer(), "ändamål")).isEmpty();
	}

	private List<String> fresh(Analyzer analyzer, String word) {
		List<String> terms = new ArrayList<>();
		for (String related : lexicon.of(word)) {
			List<String> tokens = SwedishAnalysis.tokens(analyzer, related);
			if (!tokens.isEmpty()) {
				terms.add(tokens.get(0));
			}
		}
		return terms;
	}

}
