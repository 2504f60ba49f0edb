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
		Candidate[] byDoc = new Candidate[firstPass.length];
		for (int i = 0; i < firstPass.length; i++) {
			byDoc[i] = new Candidate(firstPass[i].doc, firstPass[i].score, i);
		}
		Arrays.sort(byDoc, Comparator.comparingInt(Candidate::doc));
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		Candidate[] rescored = new Candidate[byDoc.length];
		int leaf = -1;
		int leafEnd = 0;
		Scorer scorer = null;
		DocIdSetIterator approximation = null;
		TwoPhaseIterator twoPhase = null;
		for (int i = 0; i < byDoc.length; i++) {
			Candidate candidate = byDoc[i];
			if (candidate.doc() >= leafEnd) {
				do {
					leaf++;
					leafEnd = leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc();
				}
				while (candidate.doc() >= leafEnd);
				scorer = weight.scorer(leaves.get(leaf));
				twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
				approximation = scorer == null ? null : twoPhase == null ? scorer.iterator() : twoPhase.approximation();
			}
			float score = candidate.score();
			if (scorer != null) {
				int target = candidate.doc() - leaves.get(leaf).docBase;
				int at = approximation.docID() < target ? approximation.advance(target) : approximation.docID();
				if (at == target && (twoPhase == null || twoPhase.matches())) {
					// QueryRescorer.rescore's sum with weight 1, to the last bit
					score += 1.0 * scorer.score();
				}
			}
			rescored[i] = new Candidate(candidate.doc(), score, candidate.rank());
		}
		Arrays.sort(rescored, ORDER);
		return Arrays.stream(rescored).map(hit -> new ScoreDoc(hit.doc(), hit.score())).toArray(ScoreDoc[]::new);
	}

}
