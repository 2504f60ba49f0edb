package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.analysis.TermRole;
import se.fyren.knowledge.eval.EvalQuestion;
import se.fyren.knowledge.eval.Evaluation;
import se.fyren.knowledge.index.PassageIndex;

/**
 * The search's shortcuts give the scores Lucene gives without them, to the last bit, for
 * every dev question over the corpus: term queries handed the states looked up once,
 * alternatives no passage holds left out, and headings and proximity scored on the
 * candidates alone, pairs of words with a word no passage holds left out of the
 * proximity, single alternatives and headings unwrapped, against term queries that look
 * themselves up, every alternative, every pair, and Lucene's {@link QueryRescorer}.
 */
class LookedUpScoringTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	private static final int POOL = SearchSettings.DEFAULT.rerankPool();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);

	@Test
	void candidatesAndTheirRescoredOrderAreLucenesOwn() throws IOException {
		IndexSearcher index = corpus.snapshot().searcher();
		int rescored = 0;
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), asked.question());
			FieldTermStates text = PassageSearcher.textStates(index.getIndexReader(), question);
			TopDocs ours = index.search(searcher.query(question, text), POOL);
			TopDocs lucenes = index.search(everyAlternative(question,
					term -> new BoostQuery(new TermQuery(new Term(PassageIndex.TEXT, term.term())), term.weight())),
					POOL);
			assertThat(ours.scoreDocs).as(asked.question())
				.usingElementComparator(LookedUpScoringTest::compare)
				.containsExactly(lucenes.scoreDocs);

			BooleanQuery.Builder headingsAndProximity = new BooleanQuery.Builder().add(
					searcher.headings(question,
							FieldTermStates.of(index.getIndexReader(), PassageIndex.SECTION, text.terms()),
							FieldTermStates.of(index.getIndexReader(), PassageIndex.TITLE, text.terms())),
					BooleanClause.Occur.SHOULD);
			BooleanQuery.Builder lucenesRescoring = new BooleanQuery.Builder()
				.add(everyAlternative(question, this::bothHeadings), BooleanClause.Occur.SHOULD);
			Query proximity = searcher.proximity(question, text);
			if (proximity != null) {
				headingsAndProximity.add(proximity, BooleanClause.Occur.SHOULD);
			}
			Query everyPair = everyPair(question);
			if (everyPair != null) {
				lucenesRescoring.add(everyPair, BooleanClause.Occur.SHOULD);
			}
			ScoreDoc[] rescoredHere = CandidateRescorer.rescore(index, copy(lucenes.scoreDocs),
					headingsAndProximity.build());
			ScoreDoc[] rescoredByLucene = QueryRescorer.rescore(index,
					new TopDocs(lucenes.totalHits, copy(lucenes.scoreDocs)), lucenesRescoring.build(), 1,
					POOL).scoreDocs;
			assertThat(rescoredHere).as(asked.question())
				.usingElementComparator(LookedUpScoringTest::compare)
				.containsExactly(rescoredByLucene);
			rescored += Arrays.equals(rescoredHere, lucenes.scoreDocs, LookedUpScoringTest::compare) ? 0 : 1;
		}
		// the rescoring changed something, so the comparison compared something
		assertThat(rescored).isPositive();
	}

	@Test
	void theTextQueryScoredFromPostingsScoresAsLucenesScorersDo() throws IOException {
		int scored = 0;
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			scored += textQueryScoredAsLucenesScorersDo(asked.question()) ? 1 : 0;
		}
		// the candidates were scored, so the comparison compared scores
		assertThat(scored).isGreaterThan(40);
	}

	@Test
	void aTermOfTwoConceptsWithTwoWeightsIsScoredOnceWithTheirSumAsLuceneRewritesIt() throws IOException {
		// "barn" as written and as the only part of an unknown compound the reports hold:
		// Lucene's rewrite makes the two clauses one, boosted by 1 + 0.5
		for (String question : List.of("barn och barnkalas", "vilka barn har barnglädjekalas")) {
			List<List<QueryTerm>> concepts = PassageSearcher
				.searchedAlternatives(searcher.analyze(corpus.snapshot(), question), PassageSearcher.textStates(
						corpus.snapshot().searcher().getIndexReader(), searcher.analyze(corpus.snapshot(), question)));
			assertThat(concepts).as(question)
				.contains(List.of(new QueryTerm("barn", TermRole.WRITTEN, 1f)),
						List.of(new QueryTerm("barn", TermRole.PART, SearchSettings.DEFAULT.partWeight())));
			assertThat(textQueryScoredAsLucenesScorersDo(question)).as(question).isTrue();
		}
	}

	/**
	 * Whether the candidates were scored (some score above zero), after checking the
	 * scores.
	 */
	private boolean textQueryScoredAsLucenesScorersDo(String asked) throws IOException {
		IndexSearcher index = corpus.snapshot().searcher();
		AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), asked);
		FieldTermStates text = PassageSearcher.textStates(index.getIndexReader(), question);
		ScoreDoc[] candidates = PassageSearcher.unscored(
				index.search(searcher.firstPass(question, text, index.getIndexReader().maxDoc()), 2 * POOL).scoreDocs);

		ScoreDoc[] fromPostings = TextQueryScores.rescore(index, copy(candidates),
				PassageSearcher.searchedAlternatives(question, text), text, PassageSearcher.CONCEPT_TIE_BREAKER);
		assertThat(fromPostings).as(asked)
			.usingElementComparator(LookedUpScoringTest::compare)
			.containsExactly(CandidateRescorer.rescore(index, copy(candidates), searcher.query(question, text)));
		return Arrays.stream(fromPostings).anyMatch(hit -> hit.score > 0);
	}

	@Test
	void headingTermsAndPairsNoCandidateHoldsAreLeftOutOfTheRescoringWithTheSameScores() throws IOException {
		IndexSearcher index = corpus.snapshot().searcher();
		IndexReader reader = index.getIndexReader();
		int leftOut = 0;
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), asked.question());
			FieldTermStates text = PassageSearcher.textStates(reader, question);
			FieldTermStates section = FieldTermStates.of(reader, PassageIndex.SECTION, text.terms());
			FieldTermStates title = FieldTermStates.of(reader, PassageIndex.TITLE, text.terms());
			ScoreDoc[] candidates = index.search(searcher.query(question, text), POOL).scoreDocs;
			Query every = rescoring(question, text, section, title);
			Query candidatesHold = rescoring(question, text.keeping(heldBy(candidates, text)),
					section.keeping(heldBy(candidates, section)), title.keeping(heldBy(candidates, title)));

			assertThat(CandidateRescorer.rescore(index, copy(candidates), candidatesHold)).as(asked.question())
				.usingElementComparator(LookedUpScoringTest::compare)
				.containsExactly(CandidateRescorer.rescore(index, copy(candidates), every));
			leftOut += leaves(every) - leaves(candidatesHold);
		}
		// some terms were left out, so the comparison compared something
		assertThat(leftOut).isPositive();
	}

	private Query rescoring(AnalyzedQuestion question, FieldTermStates text, FieldTermStates section,
			FieldTermStates title) {
		BooleanQuery.Builder rescoring = new BooleanQuery.Builder().add(searcher.headings(question, section, title),
				BooleanClause.Occur.SHOULD);
		Query proximity = searcher.proximity(question, text);
		if (proximity != null) {
			rescoring.add(proximity, BooleanClause.Occur.SHOULD);
		}
		return rescoring.build();
	}

	private Set<String> heldBy(ScoreDoc[] candidates, FieldTermStates field) throws IOException {
		return TermsHeld.of(corpus.snapshot().searcher().getIndexReader(), candidates, List.of(field)).anyHolds(field);
	}

	/** How many term and phrase queries a query holds. */
	private static int leaves(Query query) {
		int[] count = { 0 };
		query.visit(new QueryVisitor() {
			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				count[0]++;
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return this;
			}
		});
		return count[0];
	}

	/** The query as built before: every alternative searched, held or not. */
	private static Query everyAlternative(AnalyzedQuestion question, Function<QueryTerm, Query> match) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Concept concept : PassageSearcher.mostTelling(question.concepts())) {
			List<Query> alternatives = PassageSearcher.alternatives(concept).stream().map(match).toList();
			query.add(new DisjunctionMaxQuery(alternatives, PassageSearcher.CONCEPT_TIE_BREAKER),
					BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	/** The proximity as built before: a phrase for every pair, its words held or not. */
	private static Query everyPair(AnalyzedQuestion question) {
		List<Concept> concepts = PassageSearcher.mostTelling(question.concepts());
		if (concepts.size() < 2) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i + 1 < concepts.size(); i++) {
			PhraseQuery near = new PhraseQuery(SearchSettings.DEFAULT.proximitySlop(), PassageIndex.TEXT,
					concepts.get(i).terms().get(0).term(), concepts.get(i + 1).terms().get(0).term());
			query.add(new BoostQuery(near, SearchSettings.DEFAULT.proximityBoost()), BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	private Query bothHeadings(QueryTerm term) {
		return new BooleanQuery.Builder()
			.add(new BoostQuery(new TermQuery(new Term(PassageIndex.SECTION, term.term())),
					term.weight() * SearchSettings.DEFAULT.sectionBoost()), BooleanClause.Occur.SHOULD)
			.add(new BoostQuery(new TermQuery(new Term(PassageIndex.TITLE, term.term())),
					term.weight() * SearchSettings.DEFAULT.titleBoost()), BooleanClause.Occur.SHOULD)
			.build();
	}

	private static ScoreDoc[] copy(ScoreDoc[] hits) {
		return Arrays.stream(hits).map(hit -> new ScoreDoc(hit.doc, hit.score)).toArray(ScoreDoc[]::new);
	}

	private static int compare(ScoreDoc a, ScoreDoc b) {
		return a.doc == b.doc && Float.compare(a.score, b.score) == 0 ? 0 : 1;
	}

}
