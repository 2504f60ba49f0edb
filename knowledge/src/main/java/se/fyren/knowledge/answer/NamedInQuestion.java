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
 */
record NamedInQuestion(Set<String> words) {

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
	}

	static NamedInQuestion of(String question) {
		return new NamedInQuestion(WORD.matcher(question.toLowerCase(Locale.ROOT))
			.results()
			.map(MatchResult::group)
			.collect(Collectors.toSet()));
	}

	/** A unit's text without the figures and names the question holds. */
	String strippedFrom(String text) {
		return WORD.matcher(text).replaceAll(word -> {
			String found = word.group();
			String lower = found.toLowerCase(Locale.ROOT);
			boolean named = FIGURE_OR_NAME.matcher(found).matches() && words.contains(lower)
					|| MONTH.matcher(found).matches() && words.stream()
						.anyMatch(asked -> MONTH_ASKED.matcher(asked).matches() && lower.startsWith(asked));
			return named ? " " : Matcher.quoteReplacement(found);
		});
	}

}
