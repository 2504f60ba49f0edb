package se.fyren.knowledge.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which of the question's terms each candidate passage holds in some fields: its text,
 * its section path or its report's title (a passage is about what the headings it stands
 * under name), read from the postings of those terms alone: a few dozen terms stepped
 * over fifty documents, instead of decompressing fifty term vectors (which was most of a
 * query's time). Terms are told by number and a candidate's kept as bits: a set of
 * Strings per candidate and field, three of them asked per term for its coverage, were a
 * third of this.
 */
final class TermsHeld {

	private final List<String> terms;

	private final Map<String, Integer> numbers = new HashMap<>();

	// The candidates in document order.
	private final int[] docs;

	// By a candidate's place in docs: the terms it holds in any of the fields (gathered
	// from heldIn).
	private final FixedBitSet[] held;

	private final List<FieldTermStates> fields;

	// By a field's place in fields: the terms any candidate holds in it (gathered from
	// heldIn).
	private final FixedBitSet[] anyHolds;

	// By a field's place in fields, then a candidate's in docs: the terms it holds there.
	private final FixedBitSet[][] heldIn;

	private TermsHeld(Set<String> terms, int[] docs, List<FieldTermStates> fields) {
		this.terms = List.copyOf(terms);
		for (int n = 0; n < this.terms.size(); n++) {
			numbers.put(this.terms.get(n), n);
		}
		this.docs = docs;
		this.held = new FixedBitSet[docs.length];
		for (int c = 0; c < docs.length; c++) {
			held[c] = new FixedBitSet(this.terms.size());
		}
		this.fields = List.copyOf(fields);
		this.anyHolds = new FixedBitSet[fields.size()];
		this.heldIn = new FixedBitSet[fields.size()][docs.length];
		for (int f = 0; f < fields.size(); f++) {
			anyHolds[f] = new FixedBitSet(this.terms.size());
			for (int c = 0; c < docs.length; c++) {
				heldIn[f][c] = new FixedBitSet(this.terms.size());
			}
		}
	}

	/**
	 * @param fields the fields looked in, each with the same terms looked up
	 */
	static TermsHeld of(IndexReader reader, ScoreDoc[] hits, List<FieldTermStates> fields) throws IOException {
		int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).sorted().toArray();
		TermsHeld found = new TermsHeld(fields.get(0).terms(), docs, fields);
		for (LeafReaderContext leaf : reader.leaves()) {
			int from = CandidatePostings.firstAtLeast(docs, leaf.docBase);
			int to = CandidatePostings.firstAtLeast(docs, leaf.docBase + leaf.reader().maxDoc());
			if (from == to) {
				continue;
			}
			for (int f = 0; f < fields.size(); f++) {
				found.addHeld(f, leaf, from, to);
			}
		}
		found.gatherFields();
		return found;
	}

	/** What each candidate holds in any field, and what any candidate holds in each. */
	private void gatherFields() {
		for (int f = 0; f < fields.size(); f++) {
			for (int c = 0; c < docs.length; c++) {
				held[c].or(heldIn[f][c]);
				anyHolds[f].or(heldIn[f][c]);
			}
		}
	}

	/** Adds the terms one field of a segment holds for its candidates. */
	private void addHeld(int field, LeafReaderContext leaf, int from, int to) throws IOException {
		CandidatePostings.walk(leaf, fields.get(field), terms, PostingsEnum.NONE, docs, from, to,
				(term, candidate, postings) -> {
					heldIn[field][candidate].set(term);
				});
	}

	/** The number of a term looked up, for {@link NumberedCoverage}. */
	int number(String term) {
		return numbers.get(term);
	}

	/** The numbers of the terms a candidate holds in any of the fields. */
	IntPredicate heldBy(int doc) {
		return held[Arrays.binarySearch(docs, doc)]::get;
	}

	/** The numbers of the terms a candidate holds in one of the fields. */
	IntPredicate heldIn(int doc, FieldTermStates field) {
		return heldIn[fields.indexOf(field)][Arrays.binarySearch(docs, doc)]::get;
	}

	/** The number of a term, or -1 when it was not looked up. */
	int numberOrNone(String term) {
		Integer number = numbers.get(term);
		return number == null ? -1 : number;
	}

	/** The terms any of the candidates holds in a field. */
	Set<String> anyHolds(FieldTermStates field) {
		FixedBitSet any = anyHolds[fields.indexOf(field)];
		Set<String> found = new HashSet<>();
		for (int n = 0; n < terms.size(); n++) {
			if (any.get(n)) {
				found.add(terms.get(n));
			}
		}
		return found;
	}

}
