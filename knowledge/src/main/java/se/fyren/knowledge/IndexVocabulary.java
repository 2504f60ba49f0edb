package se.fyren.knowledge;

import se.fyren.knowledge.answer.Vocabulary;
import se.fyren.knowledge.search.PassageSearcher;
import se.fyren.knowledge.search.TermCounts;

/** The words of the passages a search sees in one index snapshot. */
final class IndexVocabulary implements Vocabulary {

	// A name one typo away is the same name ("leksnad").
	private static final int TYPO_EDITS = 1;

	private final TermCounts counts;

	private final PassageSearcher searcher;

	IndexVocabulary(TermCounts counts, PassageSearcher searcher) {
		this.counts = counts;
		this.searcher = searcher;
	}

	@Override
	public boolean has(String term) {
		return counts.docFreq(term) > 0;
	}

	@Override
	public boolean hasNear(String term) {
		return searcher.knowsNear(counts, term, TYPO_EDITS);
	}

}
