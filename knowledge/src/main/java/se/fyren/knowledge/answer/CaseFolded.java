package se.fyren.knowledge.answer;

/**
 * A text with each character folded as a {@link java.util.regex.Pattern} compiled for
 * Unicode case-insensitive matching folds the letters of a literal (lower case of upper
 * case, one character for one): such a pattern matches a literal where the folded text
 * holds the folded literal, so a folded {@code contains} tells cheaply where it cannot.
 */
final class CaseFolded {

	private CaseFolded() {
	}

	static String of(String text) {
		char[] folded = new char[text.length()];
		for (int i = 0; i < folded.length; i++) {
			folded[i] = fold(text.charAt(i));
		}
		return new String(folded);
	}

	private static char fold(char c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

}
