package se.fyren.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import se.fyren.knowledge.index.IndexSnapshot;
import se.fyren.knowledge.index.PassageIndex;

/**
 * The words of the passages a search may see, for telling a known word from an unknown
 * one and correcting a typo: only the searched collections count, so a word that occurs
 * in a private document alone is unknown everywhere else. When the search sees every
 * passage (the usual case: only the shared reports), the index's own statistics answer.
 */
public final class TermCounts {

	/**
	 * Spelling suggestions looked at before giving up, when some of them may occur only
	 * in collections not searched.
	 */
	private static final int RESTRICTED_SUGGESTIONS = 20;

	private final IndexReader reader;

	/** Per leaf, the passages that count; null when every passage counts. */
	private final List<FixedBitSet> visible;

	/**
	 * The collections searched; null when not restricted. Their filter is built only when
	 * asked for: the usual search sees every passage and needs none.
	 */
	private final Set<String> collections;

	/**
	 * Counts looked up ahead, all at once, when every passage counts ({@link #lookUp}).
	 */
	private final Map<String, Integer> lookedUp = new HashMap<>();

	/**
	 * The passage text's states of the terms looked up ahead, for the search to take
	 * rather than look them up again; null when none were.
	 */
	private FieldTermStates text;

	private TermCounts(IndexReader reader, List<FixedBitSet> visible, Set<String> collections) {
		this.reader = reader;
		this.visible = visible;
		this.collections = collections;
	}

	/** Every passage of the snapshot counts. */
	public static TermCounts all(IndexSnapshot snapshot) {
		return new TermCounts(snapshot.searcher().getIndexReader(), null, null);
	}

	/**
	 * Only the passages of the given collections count. When they are every passage of
	 * the index (the usual search: the shared reports only), the collections' document
	 * counts say so at once; the passages are stepped through only when some are left out
	 * (this walk over every passage was a tenth of a question's time at x100).
	 */
	public static TermCounts within(IndexSnapshot snapshot, Set<String> collections) {
		IndexReader reader = snapshot.searcher().getIndexReader();
		return holdsOnly(reader, collections) ? new TermCounts(reader, null, collections)
				: within(snapshot.searcher(), collections);
	}

	private static Query filterOf(Set<String> collections) {
		return new TermInSetQuery(PassageIndex.COLLECTION, collections.stream().map(BytesRef::new).toList());
	}

	/**
	 * Whether every passage belongs to one of the collections: each passage has exactly
	 * one, so the collections' document counts add up to the passages. A segment with
	 * deleted passages cannot tell this from its counts, which include the deleted.
	 */
	private static boolean holdsOnly(IndexReader reader, Set<String> collections) {
		try {
			for (LeafReaderContext leaf : reader.leaves()) {
				if (leaf.reader().getLiveDocs() != null) {
					return false;
				}
				long held = 0;
				for (String collection : collections) {
					held += leaf.reader().docFreq(new Term(PassageIndex.COLLECTION, collection));
				}
				if (held != leaf.reader().maxDoc()) {
					return false;
				}
			}
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read which passages a search sees", ex);
		}
	}

	private static TermCounts within(IndexSearcher searcher, Set<String> collections) {
		IndexReader reader = searcher.getIndexReader();
		try {
			Weight weight = searcher.createWeight(searcher.rewrite(filterOf(collections)), ScoreMode.COMPLETE_NO_SCORES,
					1);
			FixedBitSet[] sets = new FixedBitSet[reader.leaves().size()];
			int admitted = 0;
			for (LeafReaderContext leaf : reader.leaves()) {
				FixedBitSet set = new FixedBitSet(leaf.reader().maxDoc());
				Scorer scorer = weight.scorer(leaf);
				if (scorer != null) {
					DocIdSetIterator docs = scorer.iterator();
					var live = leaf.reader().getLiveDocs();
					for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
						if (live == null || live.get(doc)) {
							set.set(doc);
							admitted++;
						}
					}
				}
				sets[leaf.ord] = set;
			}
			return new TermCounts(reader, admitted == reader.numDocs() ? null : Arrays.asList(sets), collections);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read which passages a search sees", ex);
		}
	}

	/**
	 * Whether every passage of the index counts: then a search needs no filter (as a
	 * required clause, a filter that admits every passage made Lucene step through its
	 * postings beside the question's for each candidate).
	 */
	public boolean whole() {
		return visible == null;
	}

	/**
	 * The passages of the collections searched (null when every passage counts
	 * unrestricted); it admits every passage when {@link #whole()}.
	 */
	public Query filter() {
		return collections == null ? null : filterOf(collections);
	}

	IndexReader reader() {
		return reader;
	}

	public int passages() {
		if (visible == null) {
			return reader.numDocs();
		}
		return visible.stream().mapToInt(FixedBitSet::cardinality).sum();
	}

	/**
	 * Looks up the counts of a question's terms at once when every passage counts: one
	 * terms enumerator per segment seeks them in order, where each count looked up alone
	 * opens new enumerators. Counts over some collections are read per term.
	 */
	void lookUp(Collection<String> terms) {
		if (visible != null) {
			return;
		}
		try {
			FieldTermStates states = FieldTermStates.of(reader, PassageIndex.TEXT, terms);
			terms.forEach(term -> lookedUp.put(term, states.docFreq(term)));
			text = states;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the index's terms", ex);
		}
	}

	/** The text's states of the terms looked up ahead ({@link #lookUp}), or null. */
	FieldTermStates lookedUpText() {
		return text;
	}

	/** In how many passages that count the term occurs. */
	public int docFreq(String term) {
		try {
			if (visible == null) {
				Integer known = lookedUp.get(term);
				return known != null ? known : reader.docFreq(new Term(PassageIndex.TEXT, term));
			}
			int count = 0;
			BytesRef bytes = new BytesRef(term);
			for (LeafReaderContext leaf : reader.leaves()) {
				PostingsEnum postings = leaf.reader().postings(new Term(PassageIndex.TEXT, bytes), PostingsEnum.NONE);
				if (postings == null) {
					continue;
				}
				FixedBitSet set = visible.get(leaf.ord);
				for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
					if (set.get(doc)) {
						count++;
					}
				}
			}
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the index's terms", ex);
		}
	}

	/**
	 * The counted word the speller finds near an unknown word, the closest and then the
	 * most common; null when there is none.
	 */
	String correction(String word, DirectSpellChecker speller) {
		try {
			if (visible == null) {
				SuggestWord[] suggestions = speller.suggestSimilar(new Term(PassageIndex.TEXT, word), 1, reader,
						SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				return suggestions.length == 0 ? null : suggestions[0].string;
			}
			// The word may occur in a collection not searched: suggest all the same, and
			// keep the suggestions that occur where the search looks.
			SuggestWord[] suggestions = speller.suggestSimilar(new Term(PassageIndex.TEXT, word),
					RESTRICTED_SUGGESTIONS, reader, SuggestMode.SUGGEST_ALWAYS);
			return Arrays.stream(suggestions)
				.filter(suggestion -> !suggestion.string.equals(word))
				.map(suggestion -> new Counted(suggestion.string, suggestion.score, docFreq(suggestion.string)))
				.filter(counted -> counted.docFreq() > 0)
				.max(Comparator.comparingDouble(Counted::score).thenComparingInt(Counted::docFreq))
				.map(Counted::word)
				.orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the index's terms", ex);
		}
	}

	private record Counted(String word, float score, int docFreq) {
	}

	/** Whether a counted word begins with the prefix. */
	public boolean anyBeginning(String prefix) {
		BytesRef start = new BytesRef(prefix);
		try {
			for (LeafReaderContext leaf : reader.leaves()) {
				Terms terms = leaf.reader().terms(PassageIndex.TEXT);
				if (terms == null) {
					continue;
				}
				TermsEnum iterator = terms.iterator();
				if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
					continue;
				}
				do {
					BytesRef term = iterator.term();
					if (!StringHelper.startsWith(term, start)) {
						break;
					}
					if (visible == null || docFreq(term.utf8ToString()) > 0) {
						return true;
					}
				}
				while (iterator.next() != null);
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the index's terms", ex);
		}
	}

}
