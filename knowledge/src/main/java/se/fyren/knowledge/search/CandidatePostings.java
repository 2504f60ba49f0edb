package se.fyren.knowledge.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The postings of a question's terms stepped over a few candidate passages, in document
 * order: only the blocks that hold a candidate are read, where a query's scorers would
 * read every passage that matches between two candidates.
 */
final class CandidatePostings {

	private CandidatePostings() {
	}

	/**
	 * What is done for a candidate a term's postings hold: the term's number, the
	 * candidate's place among the candidates, and the postings positioned on it.
	 */
	@FunctionalInterface
	interface Held {

		void at(int term, int candidate, PostingsEnum postings) throws IOException;

	}

	/**
	 * Tells {@code held} each candidate from {@code from} to {@code to} (places in
	 * {@code docs}, sorted; all of {@code leaf}) that each of the terms' postings (read
	 * with {@code flags}) holds in the field.
	 * @param terms terms looked up in {@code field}, told by their place in the list
	 */
	static void walk(LeafReaderContext leaf, FieldTermStates field, List<String> terms, int flags, int[] docs, int from,
			int to, Held held) throws IOException {
		Terms fieldTerms = leaf.reader().terms(field.field());
		if (fieldTerms == null) {
			return;
		}
		TermsEnum iterator = fieldTerms.iterator();
		// One enum for every term of the field: each term's postings reset it rather than
		// allocate their own.
		PostingsEnum postings = null;
		for (int n = 0; n < terms.size(); n++) {
			// Positioned by the state looked up before, without seeking the terms
			// dictionary again.
			if (!field.seek(iterator, terms.get(n), leaf)) {
				continue;
			}
			postings = iterator.postings(postings, flags);
			for (int c = from; c < to; c++) {
				int doc = docs[c] - leaf.docBase;
				int at = postings.docID() >= doc ? postings.docID() : postings.advance(doc);
				if (at == DocIdSetIterator.NO_MORE_DOCS) {
					break;
				}
				if (at == doc) {
					held.at(n, c, postings);
				}
			}
		}
	}

	/** The place of the first of the sorted documents at or after {@code doc}. */
	static int firstAtLeast(int[] sorted, int doc) {
		int found = Arrays.binarySearch(sorted, doc);
		return found >= 0 ? found : -found - 1;
	}

}
