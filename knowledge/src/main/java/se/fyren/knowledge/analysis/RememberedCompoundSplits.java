package se.fyren.knowledge.analysis;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;

/**
 * Lucene's dictionary compound splitter that remembers each word's parts: the splitter
 * looks up every substring of a word of part length, and the texts read per question (the
 * question, lists' lead-ins and items) repeat the reports' words. A remembered word gives
 * the same parts in the same order; like the splitter's own parts, they carry the word's
 * offsets. One filter serves one stream at a time, as the noun lemmas' memory does.
 */
final class RememberedCompoundSplits extends DictionaryCompoundWordTokenFilter {

	// Bounds the words remembered by one stream (the reports hold some fifteen thousand).
	private static final int LIMIT = 50_000;

	private static final int[] NO_PARTS = {};

	/** Per word, each part's offset and length in the word, in the splitter's order. */
	private final Map<String, int[]> remembered = new HashMap<>();

	RememberedCompoundSplits(TokenStream input, CharArraySet dictionary, int minWordSize, int minSubwordSize,
			int maxSubwordSize) {
		super(input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, false);
	}

	@Override
	protected void decompose() {
		String word = termAtt.toString();
		int[] parts = remembered.get(word);
		if (parts == null) {
			parts = split(word);
			if (remembered.size() >= LIMIT) {
				remembered.clear();
			}
			remembered.put(word, parts);
			return;
		}
		for (int i = 0; i < parts.length; i += 2) {
			tokens.add(new CompoundToken(parts[i], parts[i + 1]));
		}
	}

	/**
	 * The splitter's parts of the word now in the term, added to the tokens to come, as
	 * offsets and lengths: a part's text stands at its first place in the word.
	 */
	private int[] split(String word) {
		int before = tokens.size();
		super.decompose();
		if (tokens.size() == before) {
			return NO_PARTS;
		}
		int[] parts = new int[2 * (tokens.size() - before)];
		int at = 0;
		for (CompoundToken part : tokens.subList(before, tokens.size())) {
			String text = part.txt.toString();
			parts[at++] = word.indexOf(text);
			parts[at++] = text.length();
		}
		return parts;
	}

}
