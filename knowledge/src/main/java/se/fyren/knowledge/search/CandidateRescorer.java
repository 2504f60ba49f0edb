package se.fyren.knowledge.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Adds a second query's score to each candidate of a first pass, as Lucene's
 * {@code QueryRescorer} with weight 1 does (the same sums, the same order), but checks
 * only the candidates themselves: the rescorer advances the second query to the next
 * passage that matches it, which for phrases means verifying positions in every passage
 * between two candidates that holds both words; here a candidate's positions are verified
 * only when the cheap approximation lands on it.
 */
final class CandidateRescorer {

	// Score descending, then the first pass's order: QueryRescorer's order.
	private static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::score)
		.reversed()
		.thenComparingInt(Candidate::rank);

	private CandidateRescorer() {
	}

	private record Candidate(int doc, float score, int rank) {
	}

	/** The candidates, each with the query's score added, best first. */
	static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] firstPass, Query query) throws IOException {
		Integer[] byDoc = new Integer[firstPass.length];
		for (int i = 0; i < firstPass.length; i++) {
			byDoc[i] = i;
		}
		Arrays.sort(byDoc, Comparator.comparingInt(i -> firstPass[i].doc));
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		float[] added = new float[firstPass.length];
		int leaf = -1;
		int leafEnd = 0;
		Scorer scorer = null;
		DocIdSetIterator approximation = null;
		TwoPhaseIterator twoPhase = null;
		for (int i : byDoc) {
			int doc = firstPass[i].doc;
			if (doc >= leafEnd) {
				do {
					leaf++;
					leafEnd = leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc();
				}
				while (doc >= leafEnd);
				scorer = weight.scorer(leaves.get(leaf));
				twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
				approximation = scorer == null ? null : twoPhase == null ? scorer.iterator() : twoPhase.approximation();
			}
			if (scorer != null) {
				int target = doc - leaves.get(leaf).docBase;
				int at = approximation.docID() < target ? approximation.advance(target) : approximation.docID();
				if (at == target && (twoPhase == null || twoPhase.matches())) {
					added[i] = scorer.score();
				}
			}
		}
		return ranked(firstPass, added);
	}

	/**
	 * The candidates, each with a score added (by the candidate's place), best first:
	 * QueryRescorer's sum with weight 1, to the last bit, and its order.
	 */
	static ScoreDoc[] ranked(ScoreDoc[] firstPass, float[] added) {
		Candidate[] rescored = new Candidate[firstPass.length];
		for (int i = 0; i < firstPass.length; i++) {
			float score = firstPass[i].score;
			score += 1.0 * added[i];
			rescored[i] = new Candidate(firstPass[i].doc, score, i);
		}
		Arrays.sort(rescored, ORDER);
		return Arrays.stream(rescored).map(hit -> new ScoreDoc(hit.doc(), hit.score())).toArray(ScoreDoc[]::new);
	}

}
