package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.eval.EvalQuestion;
import se.fyren.knowledge.eval.Evaluation;

/**
 * The best sentence's coverage is read only for candidates that may end among those
 * returned; the passages returned, in their order and with their scores, are those of a
 * re-rank that reads every candidate's sentences (as a search for the whole pool does).
 */
class BestSentenceRankingTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	private static final int RETURNED = 10;

	@Test
	void passingOverCandidatesThatCannotReachTheTopReturnsWhatAFullReRankReturns() {
		PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);
		int pool = SearchSettings.DEFAULT.rerankPool();
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), asked.question());
			List<ScoredPassage> top = searcher.search(corpus.snapshot(), question, RETURNED);
			List<ScoredPassage> whole = searcher.search(corpus.snapshot(), question, pool);

			assertThat(top).as(asked.question()).hasSize(Math.min(RETURNED, whole.size()));
			for (int i = 0; i < top.size(); i++) {
				assertThat(top.get(i).passage().id()).as(asked.question()).isEqualTo(whole.get(i).passage().id());
				assertThat(top.get(i).score()).as(asked.question()).isEqualTo(whole.get(i).score());
			}
		}
	}

	@Test
	void aSearchForNoPassagesFindsNone() {
		PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);
		AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), "vilka tre strömmar ingår i kingdons modell?");

		assertThat(searcher.search(corpus.snapshot(), question, 0)).isEmpty();
	}

	@Test
	void theBestSentenceMovesPassagesTheWholePassagesCoverageDoesNot() {
		SearchSettings d = SearchSettings.DEFAULT;
		SearchSettings without = new SearchSettings(d.synonymWeight(), d.partWeight(), d.correctionWeight(),
				d.sectionBoost(), d.titleBoost(), d.proximityBoost(), d.proximitySlop(), d.rerankPool(),
				d.coverageWeight(), d.relatedWeight(), 0, d.sentenceSectionShare());
		PassageSearcher withSentences = new PassageSearcher(SearchSettings.DEFAULT);
		PassageSearcher withoutSentences = new PassageSearcher(without);
		int moved = 0;
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			AnalyzedQuestion question = withSentences.analyze(corpus.snapshot(), asked.question());
			List<String> with = ids(withSentences.search(corpus.snapshot(), question, RETURNED));
			List<String> plain = ids(withoutSentences.search(corpus.snapshot(), question, RETURNED));
			moved += with.equals(plain) ? 0 : 1;
		}
		assertThat(moved).isPositive();
	}

	@Test
	void aSentenceReadWithItsPassagesHeadingsMovesPassages() {
		SearchSettings d = SearchSettings.DEFAULT;
		SearchSettings without = new SearchSettings(d.synonymWeight(), d.partWeight(), d.correctionWeight(),
				d.sectionBoost(), d.titleBoost(), d.proximityBoost(), d.proximitySlop(), d.rerankPool(),
				d.coverageWeight(), d.relatedWeight(), d.sentenceCoverageWeight(), 0);
		PassageSearcher withHeadings = new PassageSearcher(SearchSettings.DEFAULT);
		PassageSearcher withoutHeadings = new PassageSearcher(without);
		int moved = 0;
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			AnalyzedQuestion question = withHeadings.analyze(corpus.snapshot(), asked.question());
			List<ScoredPassage> with = withHeadings.search(corpus.snapshot(), question, RETURNED);
			List<ScoredPassage> plain = withoutHeadings.search(corpus.snapshot(), question, RETURNED);
			moved += ids(with).equals(ids(plain)) ? 0 : 1;
			// The headings only add: no passage scores less for them.
			for (ScoredPassage found : with) {
				plain.stream()
					.filter(other -> other.passage().id().equals(found.passage().id()))
					.forEach(other -> assertThat(found.score()).as(asked.question())
						.isGreaterThanOrEqualTo(other.score()));
			}
		}
		assertThat(moved).isPositive();
	}

	private static List<String> ids(List<ScoredPassage> found) {
		return found.stream().map(hit -> hit.passage().id()).toList();
	}

}
