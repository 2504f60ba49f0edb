package se.fyren.knowledge.index;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations a text writes in capitals amid ordinary words ("Förebyggande arbete i
 * samverkan (FAS för social hållbarhet)", "i HLV saknas"; "SoL" is not one). An
 * abbreviation often spells an everyday word ("fas", "rss"): the index keeps them apart,
 * so that a question about FAS finds the passages that write FAS, not every phase.
 */
public final class Abbreviations {

	/** The fewest capitals of an abbreviation: one is a letter ("Bilaga A"). */
	public static final int MIN_LETTERS = 2;

	/** The most: longer runs of capitals are words of a heading ("SAMVERKANSKULTUR"). */
	public static final int MAX_LETTERS = 8;

	/** A run of capitals as long as an abbreviation, as a whole word. */
	public static final Pattern WRITTEN = Pattern
		.compile("(?<![\\p{L}\\d])\\p{Lu}{" + MIN_LETTERS + "," + MAX_LETTERS + "}(?![\\p{L}\\d])");

	private Abbreviations() {
	}

	/**
	 * The text's abbreviations, in lower case: runs of capitals beside a word in lower
	 * case on the same line. A heading or a label in capitals ("SAMLINGENS FÖRSTA FAS",
	 * "FÖRORD", "VEM?", "FIGUR 1–1: Samspelet …") stands beside none.
	 */
	public static Set<String> in(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher capitals = WRITTEN.matcher(text);
		while (capitals.find()) {
			if (lowerCase(wordBefore(text, capitals.start())) || lowerCase(wordAfter(text, capitals.end()))) {
				found.add(capitals.group().toLowerCase(Locale.ROOT));
			}
		}
		return found;
	}

	// The word before a place on its line, or "".
	private static String wordBefore(String text, int at) {
		int end = at;
		while (end > 0 && !Character.isLetter(text.charAt(end - 1)) && text.charAt(end - 1) != '\n') {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		return text.substring(start, end);
	}

	// The word after a place on its line, or "".
	private static String wordAfter(String text, int at) {
		int start = at;
		while (start < text.length() && !Character.isLetter(text.charAt(start)) && text.charAt(start) != '\n') {
			start++;
		}
		int end = start;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return text.substring(start, end);
	}

	private static boolean lowerCase(String word) {
		return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
	}

}
