package se.fyren.knowledge.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Where a search's terms of one field stand in each segment, with their statistics,
 * looked up once: Lucene's own lookup (in each term query's weight) opens a new terms
 * enumerator per term and segment and goes through the searcher's task executor, and a
 * question's terms were looked up again by every query built of them. Here one enumerator
 * per segment seeks the terms in order. A term query given these states scores exactly as
 * one that looks them up itself.
 */
final class FieldTermStates {

	private final String field;

	private final Map<String, TermStates> states;

	private FieldTermStates(String field, Map<String, TermStates> states) {
		this.field = field;
		this.states = states;
	}

	static FieldTermStates of(IndexReader reader, String field, Collection<String> terms) throws IOException {
		return of(reader, field, terms, null);
	}

	/**
	 * The states of the terms, those {@code known} (of the same field and reader, or
	 * null) looked up already taken from it: a question's words are looked up to weigh
	 * them before its query is built of them.
	 */
	static FieldTermStates of(IndexReader reader, String field, Collection<String> terms, FieldTermStates known)
			throws IOException {
		Map<String, TermStates> states = new HashMap<>();
		TreeSet<String> sorted = new TreeSet<>();
		for (String term : terms) {
			TermStates found = known == null ? null : known.states.get(term);
			if (found != null) {
				states.put(term, found);
			}
			else {
				sorted.add(term);
			}
		}
		for (String term : sorted) {
			states.put(term, new TermStates(reader.getContext()));
		}
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms fieldTerms = leaf.reader().terms(field);
			if (fieldTerms == null) {
				continue;
			}
			TermsEnum iterator = fieldTerms.iterator();
			for (String term : sorted) {
				if (iterator.seekExact(new BytesRef(term))) {
					states.get(term)
						.register(iterator.termState(), leaf.ord, iterator.docFreq(), iterator.totalTermFreq());
				}
			}
		}
		return new FieldTermStates(field, states);
	}

	/** The field the terms were looked up in. */
	String field() {
		return field;
	}

	/** Whether any passage holds the term in this field. */
	boolean held(String term) {
		return docFreq(term) > 0;
	}

	/** In how many passages (deleted ones too, as Lucene counts) the term occurs. */
	int docFreq(String term) {
		TermStates found = states.get(term);
		return found == null ? 0 : found.docFreq();
	}

	/**
	 * These states with only the terms {@code kept} held: a query built from them leaves
	 * out the others, with the same scores for any passage that holds none of those.
	 */
	FieldTermStates keeping(Set<String> kept) {
		Map<String, TermStates> held = new HashMap<>();
		states.forEach((term, found) -> {
			if (kept.contains(term)) {
				held.put(term, found);
			}
		});
		return new FieldTermStates(field, held);
	}

	/** The terms looked up. */
	Set<String> terms() {
		return states.keySet();
	}

	/**
	 * Positions {@code iterator} (over this field in {@code leaf}) on the term by its
	 * looked-up state; false when the segment does not hold the term.
	 */
	boolean seek(TermsEnum iterator, String term, LeafReaderContext leaf) throws IOException {
		TermState state = states.get(term).get(leaf);
		if (state == null) {
			return false;
		}
		iterator.seekExact(new BytesRef(term), state);
		return true;
	}

	/**
	 * The statistics Lucene scores one of the terms looked up by, as a term query does.
	 */
	TermStatistics statistics(IndexSearcher searcher, String term) throws IOException {
		TermStates found = states.get(term);
		return searcher.termStatistics(new Term(field, term), found.docFreq(), found.totalTermFreq());
	}

	/** A query for one of the terms looked up. */
	Query query(String term) {
		TermStates found = states.get(term);
		if (found == null) {
			throw new IllegalArgumentException("Term " + term + " of field " + field + " was not looked up");
		}
		return new TermQuery(new Term(field, term), found);
	}

}
