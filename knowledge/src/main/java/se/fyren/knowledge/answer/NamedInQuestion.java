package se.fyren.knowledge.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The figures, names and months a question itself holds ("FOKUS 20-25", "efter 16 sept
 * 2014", "i Ludvika"): a unit that holds a figure, a date or a name only because it
 * repeats the question's does not hold the answer asked for.
 *
 * @param words the question's words, in lower case
 * @param months the question's words that name a month or a cut of one ("sept")
 */
record NamedInQuestion(Set<String> words, Set<String> months) {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+", Pattern.UNICODE_CHARACTER_CLASS);

	// What a figure or a name in a unit looks like: a word with a digit, or one that
	// opens with a capital; a question written in lower case names them all the same.
	private static final Pattern FIGURE_OR_NAME = Pattern.compile(".*\\p{N}.*|\\p{Lu}.*",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A month is the question's when the question names it, written out or cut short
	// ("sept" for "september").
	private static final Pattern MONTH = Pattern.compile("(?:" + QuestionKind.SWEDISH_MONTHS + ")",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// A month as a question writes it: its name or a cut of it ("sept", "okt"), but not
	// "jul", which is Christmas as often.
	private static final Pattern MONTH_ASKED = Pattern.compile(
			QuestionKind.SWEDISH_MONTHS + "|jan|febr?|mar|apr|jun|aug|sept?|okt|nov|dec",
			Pattern.UNICODE_CHARACTER_CLASS);

	NamedInQuestion {
		words = Set.copyOf(words);
		months = Set.copyOf(months);
	}

	static NamedInQuestion of(String question) {
		Set<String> words = WORD.matcher(question.toLowerCase(Locale.ROOT))
			.results()
			.map(MatchResult::group)
			.collect(Collectors.toSet());
		return new NamedInQuestion(words,
				words.stream().filter(word -> MONTH_ASKED.matcher(word).matches()).collect(Collectors.toSet()));
	}

	/**
	 * A unit's text without the figures and names the question holds, each left as a
	 * space; the text itself when it holds none (most units of most questions), so a
	 * caller can tell by identity that nothing was taken away.
	 */
	String strippedFrom(String text) {
		Matcher word = WORD.matcher(text);
		StringBuilder stripped = null;
		int copied = 0;
		while (word.find()) {
			if (named(word.group())) {
				if (stripped == null) {
					stripped = new StringBuilder(text.length());
				}
				stripped.append(text, copied, word.start()).append(' ');
				copied = word.end();
			}
		}
		return stripped == null ? text : stripped.append(text, copied, text.length()).toString();
	}

	/**
	 * Whether a word of a unit is a figure, a name or a month the question holds. The
	 * cheap tests come first: a word the question does not hold is no figure or name of
	 * it, and no month is the question's when it names none.
	 */
	private boolean named(String found) {
		String lower = found.toLowerCase(Locale.ROOT);
		return words.contains(lower) && FIGURE_OR_NAME.matcher(found).matches()
				|| !months.isEmpty() && MONTH.matcher(found).matches() && months.stream().anyMatch(lower::startsWith);
	}
}
