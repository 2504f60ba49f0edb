package se.fyren.knowledge.analysis;

import java.util.function.Function;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies a filter (compound splitting) to every word but names: "Hedemora", split at the
 * part "mora", was found by questions about Mora.
 */
final class UnsplitNames extends ConditionalTokenFilter {

	private final CharArraySet names;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	UnsplitNames(TokenStream input, CharArraySet names, Function<TokenStream, TokenStream> filter) {
		super(input, filter);
		this.names = names;
	}

	@Override
	protected boolean shouldFilter() {
		return !names.contains(term.buffer(), 0, term.length());
	}

}
