package se.fyren.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;

import se.fyren.knowledge.answer.Vocabulary;
import se.fyren.knowledge.index.IndexSnapshot;
import se.fyren.knowledge.index.PassageIndex;

/** The words of the passages in one index snapshot. */
final class IndexVocabulary implements Vocabulary {

	// A name one typo away is the same name ("leksnad").
	private static final int TYPO_EDITS = 1;

	private final IndexReader reader;

	IndexVocabulary(IndexSnapshot snapshot) {
		this.reader = snapshot.searcher().getIndexReader();
	}

	@Override
	public boolean has(String term) {
		try {
			return reader.docFreq(new Term(PassageIndex.TEXT, term)) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the index's terms", ex);
		}
	}

	@Override
	public boolean hasNear(String term) {
		if (has(term)) {
			return true;
		}
		DirectSpellChecker speller = new DirectSpellChecker();
		speller.setMaxEdits(TYPO_EDITS);
		try {
			return speller.suggestSimilar(new Term(PassageIndex.TEXT, term), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX).length > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the index's terms", ex);
		}
	}

}
