package se.fyren.knowledge;

import se.fyren.knowledge.answer.Vocabulary;
import se.fyren.knowledge.search.TermCounts;

/** The words of the passages a search sees in one index snapshot. */
final class IndexVocabulary implements Vocabulary {

	// A name one typo away is the same name ("leksnad").
	private static final int TYPO_EDITS = 1;

	private final TermCounts counts;

	IndexVocabulary(TermCounts counts) {
		this.counts = counts;
	}

	@Override
	public boolean has(String term) {
		return counts.docFreq(term) > 0;
	}

	@Override
	public boolean hasNear(String term) {
		return has(term) || counts.correction(term, TYPO_EDITS) != null;
	}

}
