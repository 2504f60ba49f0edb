package se.fyren.knowledge.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One term's postings stepped over a few candidate passages, in document order: only the
 * blocks that hold a candidate are read, where a query's scorers would read every passage
 * that matches between two candidates.
 */
final class CandidatePostings {

	private CandidatePostings() {
	}

	/** What is done for a candidate the postings hold, told by its place among them. */
	@FunctionalInterface
	interface Held {

		void at(int candidate) throws IOException;

	}

	/**
	 * Tells {@code held} each candidate from {@code from} to {@code to} (places in
	 * {@code docs}, sorted; all of one segment) that the postings hold, positioned on it.
	 */
	static void walk(PostingsEnum postings, int[] docs, int from, int to, int docBase, Held held) throws IOException {
		for (int c = from; c < to; c++) {
			int doc = docs[c] - docBase;
			int at = postings.docID() >= doc ? postings.docID() : postings.advance(doc);
			if (at == DocIdSetIterator.NO_MORE_DOCS) {
				return;
			}
			if (at == doc) {
				held.at(c);
			}
		}
	}

	/** The place of the first of the sorted documents at or after {@code doc}. */
	static int firstAtLeast(int[] sorted, int doc) {
		int found = Arrays.binarySearch(sorted, doc);
		return found >= 0 ? found : -found - 1;
	}

}
