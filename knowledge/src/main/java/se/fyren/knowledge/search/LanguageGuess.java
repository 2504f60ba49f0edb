package se.fyren.knowledge.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells an English question from a Swedish one by their commonest little words. */
final class LanguageGuess {

	private static final Set<String> ENGLISH = Set.of("the", "what", "which", "who", "how", "is", "are", "does", "do",
			"of", "to", "in", "and", "for", "on", "with", "when", "why", "can", "should", "many", "much");

	private static final Set<String> SWEDISH = Set.of("vad", "vilka", "vilken", "vem", "hur", "är", "och", "för", "på",
			"med", "när", "varför", "kan", "ska", "många", "mycket", "det", "att", "i", "om", "av", "som");

	// Compiled once: String.split compiles a pattern of more than one character per
	// call, and this runs for every question.
	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

	private LanguageGuess() {
	}

	static boolean isEnglish(String question) {
		int english = 0;
		int swedish = 0;
		for (String word : NOT_LETTERS.split(question.toLowerCase(Locale.ROOT))) {
			english += ENGLISH.contains(word) ? 1 : 0;
			swedish += SWEDISH.contains(word) ? 1 : 0;
		}
		return english > swedish;
	}

}
