package se.fyren.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The question's text query ({@link PassageSearcher#query}) scored for a few candidates
 * from the postings of its terms alone. Each term is scored by the searcher's own
 * similarity, a concept by its best alternative plus the tie-breaker's share of the
 * others, the question by the sum over its concepts: as Lucene's TermQuery,
 * DisjunctionMaxQuery and BooleanQuery score them. Those sums are of a few floats in a
 * double, which is exact in any order, so the scores are Lucene's to the last bit.
 * Scoring the query's own scorers over the candidates advanced a disjunction of all its
 * terms to each candidate and built its weights, a tenth of a question's time.
 */
final class TextQueryScores {

	private TextQueryScores() {
	}

	/**
	 * The candidates, each with the query's score added, best first: as
	 * {@link CandidateRescorer#rescore} gives them for the query itself.
	 * @param concepts each concept's alternatives, every one held in some passage's text
	 */
	static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] candidates, List<List<QueryTerm>> concepts,
			FieldTermStates text, float tieBreaker) throws IOException {
		concepts = asRewritten(concepts);
		int[] docs = Arrays.stream(candidates).mapToInt(hit -> hit.doc).sorted().toArray();
		List<String> terms = new ArrayList<>();
		Map<String, Integer> numbers = new HashMap<>();
		concepts.forEach(alternatives -> alternatives.forEach(term -> {
			if (numbers.putIfAbsent(term.term(), terms.size()) == null) {
				terms.add(term.term());
			}
		}));
		int[][] freqs = new int[terms.size()][docs.length];
		long[] norms = new long[docs.length];
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			int from = CandidatePostings.firstAtLeast(docs, leaf.docBase);
			int to = CandidatePostings.firstAtLeast(docs, leaf.docBase + leaf.reader().maxDoc());
			if (from < to) {
				readFreqs(leaf, text, terms, docs, from, to, freqs);
				readNorms(leaf, text.field(), docs, from, to, norms);
			}
		}
		Similarity similarity = searcher.getSimilarity();
		CollectionStatistics collection = searcher.collectionStatistics(text.field());
		double[] sums = new double[docs.length];
		for (List<QueryTerm> alternatives : concepts) {
			float[] best = new float[docs.length];
			double[] others = new double[docs.length];
			boolean[] matched = new boolean[docs.length];
			for (QueryTerm alternative : alternatives) {
				Similarity.SimScorer scorer = similarity.scorer(alternative.weight(), collection,
						text.statistics(searcher, alternative.term()));
				int[] freq = freqs[numbers.get(alternative.term())];
				for (int c = 0; c < docs.length; c++) {
					if (freq[c] == 0) {
						continue;
					}
					float score = scorer.score(freq[c], norms[c]);
					if (score >= best[c]) {
						others[c] += best[c];
						best[c] = score;
					}
					else {
						others[c] += score;
					}
					matched[c] = true;
				}
			}
			for (int c = 0; c < docs.length; c++) {
				if (matched[c]) {
					// DisjunctionMaxScorer's sum; with one alternative it is the term's
					// score
					sums[c] += (float) (best[c] + others[c] * tieBreaker);
				}
			}
		}
		// BooleanQuery's sum over the concepts
		float[] byCandidate = new float[candidates.length];
		for (int i = 0; i < candidates.length; i++) {
			byCandidate[i] = (float) sums[Arrays.binarySearch(docs, candidates[i].doc)];
		}
		return CandidateRescorer.ranked(candidates, byCandidate);
	}

	/**
	 * The concepts' clauses as Lucene's BooleanQuery rewrites them: the clauses of one
	 * term (concepts with a single alternative, "barn" as written and as the only part of
	 * "barnkalas") become one, boosted by the sum of their boosts. BM25 scores the sum of
	 * two boosts, unless they are equal, otherwise than the sum of their scores.
	 */
	private static List<List<QueryTerm>> asRewritten(List<List<QueryTerm>> concepts) {
		Map<String, QueryTerm> single = new LinkedHashMap<>();
		Map<String, Double> boosts = new HashMap<>();
		List<List<QueryTerm>> rewritten = new ArrayList<>();
		for (List<QueryTerm> alternatives : concepts) {
			if (alternatives.size() == 1) {
				QueryTerm term = alternatives.get(0);
				single.putIfAbsent(term.term(), term);
				boosts.merge(term.term(), (double) term.weight(), Double::sum);
			}
			else {
				rewritten.add(alternatives);
			}
		}
		single.forEach((term, first) -> rewritten
			.add(List.of(new QueryTerm(term, first.role(), boosts.get(term).floatValue()))));
		return rewritten;
	}

	private static void readFreqs(LeafReaderContext leaf, FieldTermStates text, List<String> terms, int[] docs,
			int from, int to, int[][] freqs) throws IOException {
		CandidatePostings.walk(leaf, text, terms, PostingsEnum.FREQS, docs, from, to,
				(term, candidate, postings) -> freqs[term][candidate] = postings.freq());
	}

	// As Lucene's LeafSimScorer reads a document's norm: 1 when the field has none.
	private static void readNorms(LeafReaderContext leaf, String field, int[] docs, int from, int to, long[] norms)
			throws IOException {
		NumericDocValues values = leaf.reader().getNormValues(field);
		for (int c = from; c < to; c++) {
			norms[c] = values != null && values.advanceExact(docs[c] - leaf.docBase) ? values.longValue() : 1L;
		}
	}

}
