package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.chunk.Sentences;
import se.fyren.knowledge.eval.EvalQuestion;
import se.fyren.knowledge.eval.Evaluation;

/**
 * Coverage read from only the words that can hold a question term is the coverage of the
 * whole analysed text, for every passage and sentence the dev questions find.
 */
class CoverageTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	@Test
	void coverageOfTheWordsThatCanHoldATermIsTheCoverageOfTheWholeText() {
		PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);
		Analyzer analyzer = corpus.snapshot().analysis().indexAnalyzer();
		int covered = 0;
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), asked.question());
			for (ScoredPassage hit : searcher.search(corpus.snapshot(), question, 10)) {
				String text = hit.passage().text();
				double whole = Coverage.of(question, Coverage.terms(analyzer, text));
				assertThat(Coverage.of(question, analyzer, text)).as(text).isCloseTo(whole, within(1e-12));
				covered += whole > 0 ? 1 : 0;
				for (Sentences.Span span : Sentences.split(text)) {
					String sentence = text.substring(span.start(), span.end());
					assertThat(Coverage.of(question, analyzer, sentence)).as(sentence)
						.isCloseTo(Coverage.of(question, Coverage.terms(analyzer, sentence)), within(1e-12));
				}
			}
		}
		assertThat(covered).isGreaterThan(300);
	}

}
