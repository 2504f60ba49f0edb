package se.fyren.knowledge.index;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations a text writes in capitals amid ordinary words ("Förebyggande arbete i
 * samverkan (FAS för social hållbarhet)", "BVC", "SoL" is not one). An abbreviation often
 * spells an everyday word ("fas", "rss"): the index keeps them apart, so that a question
 * about FAS finds the passages that write FAS, not every phase.
 */
public final class Abbreviations {

	// Two to eight capitals, as a whole word; a hyphenated tail ("FOKUS-20") is not read.
	private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{2,8}(?![\\p{L}\\d])");

	private Abbreviations() {
	}

	/**
	 * The text's abbreviations, in lower case: runs of capitals whose neighbouring words
	 * are not in capitals too (a heading in capitals, "SAMLINGENS FÖRSTA FAS",
	 * abbreviates nothing).
	 */
	public static Set<String> in(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher capitals = CAPITALS.matcher(text);
		while (capitals.find()) {
			if (!capitalised(wordBefore(text, capitals.start())) && !capitalised(wordAfter(text, capitals.end()))) {
				found.add(capitals.group().toLowerCase(Locale.ROOT));
			}
		}
		return found;
	}

	private static String wordBefore(String text, int at) {
		int end = at;
		while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		return text.substring(start, end);
	}

	private static String wordAfter(String text, int at) {
		int start = at;
		while (start < text.length() && !Character.isLetter(text.charAt(start))) {
			start++;
		}
		int end = start;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return text.substring(start, end);
	}

	private static boolean capitalised(String word) {
		return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
	}

}
