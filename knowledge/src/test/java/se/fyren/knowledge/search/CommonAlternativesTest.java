package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.RelatedWords;
import se.fyren.knowledge.eval.EvalQuestion;
import se.fyren.knowledge.eval.Evaluation;

/**
 * A word's alternatives that stand in many passages (a related word, a compound part) are
 * left out of Lucene's pass over the index and scored over the candidates it finds: the
 * pass searches every word as written and its rarer alternatives, and the candidates it
 * gives lead with the passages the whole query ranks best, scored by every alternative.
 */
class CommonAlternativesTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	private static final int POOL = SearchSettings.DEFAULT.rerankPool();

	// The five best: the passages an answer is read from and recall@5 counts.
	private static final int BEST = 5;

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT,
			RelatedWords.swedish(NounLemmas.swedish().wordClasses()));

	@Test
	void lucenesPassLeavesOutOnlyAlternativesThatStandInManyPassages() throws IOException {
		IndexReader reader = corpus.snapshot().searcher().getIndexReader();
		int passages = reader.maxDoc();
		int partial = 0;
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), asked.question());
			FieldTermStates text = PassageSearcher.textStates(reader, question);
			Set<String> everyTerm = terms(searcher.query(question, text));
			Set<String> searched = terms(searcher.firstPass(question, text, passages));
			Set<String> leftOut = new HashSet<>(everyTerm);
			leftOut.removeAll(searched);

			assertThat(everyTerm).as(asked.question()).containsAll(searched);
			assertThat(leftOut).as(asked.question())
				.allMatch(term -> text.docFreq(term) > PassageSearcher.COMMON_SHARE * passages);
			// every word as written the passages hold is searched
			assertThat(searched).as(asked.question())
				.containsAll(question.concepts()
					.stream()
					.map(concept -> concept.terms().get(0).term())
					.filter(text::held)
					.toList());
			assertThat(PassageSearcher.holdsCommonAlternative(question, text, passages)).as(asked.question())
				.isEqualTo(!leftOut.isEmpty());
			partial += leftOut.isEmpty() ? 0 : 1;
		}
		// "få" brings "ring", "samverkan" "arbet": many dev questions hold one
		assertThat(partial).isGreaterThan(10);
	}

	@Test
	void theBestCandidatesAreThoseTheWholeQueryRanksBestWithItsScores() throws IOException {
		IndexSearcher index = corpus.snapshot().searcher();
		int partial = 0;
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), asked.question()).content();
			if (question.isEmpty()) {
				continue;
			}
			FieldTermStates text = PassageSearcher.textStates(index.getIndexReader(), question);
			ScoreDoc[] candidates = searcher.candidates(index, question, text, null, POOL);
			ScoreDoc[] whole = index.search(searcher.query(question, text), POOL).scoreDocs;

			assertThat(candidates).as(asked.question()).hasSize(whole.length);
			assertThat(Arrays.copyOf(candidates, Math.min(BEST, candidates.length))).as(asked.question())
				.usingElementComparator(CommonAlternativesTest::sameDocAndScore)
				.containsExactly(Arrays.copyOf(whole, Math.min(BEST, whole.length)));
			partial += PassageSearcher.holdsCommonAlternative(question, text, index.getIndexReader().maxDoc()) ? 1 : 0;
		}
		assertThat(partial).isGreaterThan(10);
	}

	/** The terms a query searches. */
	private static Set<String> terms(Query query) {
		Set<String> terms = new HashSet<>();
		query.visit(new QueryVisitor() {
			@Override
			public void consumeTerms(Query leaf, Term... found) {
				Arrays.stream(found).forEach(term -> terms.add(term.text()));
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return this;
			}
		});
		return terms;
	}

	// Lucene's pass and a scorer over one passage may add the clauses' scores in another
	// order: the same score to a float's rounding.
	private static int sameDocAndScore(ScoreDoc a, ScoreDoc b) {
		return a.doc == b.doc && Math.abs(a.score - b.score) <= 1e-5f * Math.max(1, Math.abs(b.score)) ? 0 : 1;
	}

}
