package se.fyren.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import se.fyren.knowledge.index.PassageIndex;

/**
 * Spelling corrections for words the reports never use ("inovationer" → "innovationer"),
 * remembered per word for as long as the index does not change: a fuzzy walk of the term
 * dictionary is a large share of a short question's time, and the same misspellings come
 * again. Thread-safe.
 */
final class SpellingCorrections {

	// Short words get one edit, longer ones two: "inovation" -> "innovation".
	private static final int LONG_WORD = 8;

	// Lucene's spell checker is configured once and is safe to share between threads.
	private final DirectSpellChecker shortWords = newSpeller(1);

	private final DirectSpellChecker longWords = newSpeller(2);

	// Per index reader: a new commit brings new words.
	private final MemoryPerOwner<Asked, Optional<String>> remembered = new MemoryPerOwner<>();

	private record Asked(String word, int maxEdits) {
	}

	/**
	 * The counted word nearest to {@code word}, if one is close enough: remembered when
	 * every passage counts, asked afresh when a search sees only some collections.
	 */
	Optional<String> correct(TermCounts counts, String word) {
		return correct(counts, word, maxEdits(word));
	}

	/**
	 * The counted word within {@code maxEdits} (1 or 2) of {@code word}, as
	 * {@link #correct(TermCounts, String)}.
	 */
	Optional<String> correct(TermCounts counts, String word, int maxEdits) {
		if (!counts.whole()) {
			return Optional.ofNullable(counts.correction(word, speller(maxEdits)));
		}
		return correct(counts.reader(), word, maxEdits);
	}

	/** The index word nearest to {@code word}, if one is close enough. */
	Optional<String> correct(IndexReader reader, String word) {
		return correct(reader, new Asked(word, maxEdits(word)));
	}

	private Optional<String> correct(IndexReader reader, String word, int maxEdits) {
		return correct(reader, new Asked(word, maxEdits));
	}

	private Optional<String> correct(IndexReader reader, Asked word) {
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		if (helper == null) {
			return suggest(reader, word);
		}
		return remembered.get(helper.getKey(), word, asked -> suggest(reader, asked));
	}

	private static int maxEdits(String word) {
		return word.length() >= LONG_WORD ? 2 : 1;
	}

	private DirectSpellChecker speller(int maxEdits) {
		return maxEdits >= 2 ? longWords : shortWords;
	}

	private Optional<String> suggest(IndexReader reader, Asked asked) {
		try {
			SuggestWord[] suggestions = speller(asked.maxEdits()).suggestSimilar(
					new Term(PassageIndex.TEXT, asked.word()), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DirectSpellChecker newSpeller(int maxEdits) {
		DirectSpellChecker speller = new DirectSpellChecker();
		speller.setMaxEdits(maxEdits);
		return speller;
	}

}
