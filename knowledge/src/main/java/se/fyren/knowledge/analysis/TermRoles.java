package se.fyren.knowledge.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Sets each question term's {@link TermRole} where it arises: before compounds are split
 * a term is written or a thesaurus synonym; after, a term that is not the whole word is a
 * compound part.
 */
final class TermRoles {

	private TermRoles() {
	}

	/** Put before splitting: the word as written, or a synonym. */
	static TokenStream markWords(TokenStream stream) {
		return new TokenFilter(stream) {

			private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

			private final TypeAttribute type = addAttribute(TypeAttribute.class);

			private final TermRoleAttribute role = addAttribute(TermRoleAttribute.class);

			@Override
			public boolean incrementToken() throws IOException {
				if (!input.incrementToken()) {
					return false;
				}
				role.setRole(SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) ? TermRole.SYNONYM : TermRole.WRITTEN);
				role.setWhole(term.toString());
				return true;
			}
		};
	}

	/**
	 * Put after splitting: a part carries its whole word's attributes but not its text.
	 */
	static TokenStream markParts(TokenStream stream) {
		return new TokenFilter(stream) {

			private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

			private final TermRoleAttribute role = addAttribute(TermRoleAttribute.class);

			@Override
			public boolean incrementToken() throws IOException {
				if (!input.incrementToken()) {
					return false;
				}
				if (!role.whole().contentEquals(term)) {
					role.setRole(TermRole.PART);
				}
				return true;
			}
		};
	}

}
