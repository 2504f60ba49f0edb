package se.fyren.knowledge.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.Concept;

/**
 * What a question asking for a definition asks about, and whether a sentence defines it:
 * a definition names the term first and then says what it is ("Motivationslyftet är en
 * metod i fem steg …", "Lupp står för …"), where any sentence about it merely holds an
 * "är" ("Nästa steg är att …").
 *
 * @param words the question's words as analysed (stems or lemmas), in lower case
 */
record DefinedTerm(List<String> words) {

	// The words a definition joins its term to what it is with.
	private static final Pattern DEFINING = Pattern.compile(
			"\\b(?:är|var|står för|innebär|betyder|avser|avses|kallas|definieras|menas|handlar om|is|means|stands for|refers to)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A definition's term stands among its first words ("Med sociala innovationer avses
	// …"), and the defining word soon after.
	private static final int MAX_WORDS_BEFORE = 4;

	// What a plural with its article adds to the noun's stem or lemma ("intressent" →
	// "intressenterna", "kvinn" → "kvinnorna"); "Dalarna" adds only an "a" to "dalarn".
	private static final Pattern PLURAL_ARTICLE = Pattern.compile("(?:a|e|o)?r?na");

	// A definition's defining word follows its term closely ("En intressent är …", "Lupp,
	// lokal uppföljning av ungdomspolitiken, är …"), not a clause later ("Detta gör
	// förändringsagenter särskilt viktiga … Det handlar om …").
	private static final int MAX_WORDS_BETWEEN = 6;

	// A word shorter than this is no term of its own.
	private static final int MIN_TERM_CHARS = 4;

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\d-]*", Pattern.UNICODE_CHARACTER_CLASS);

	/** For a question that asks for no definition. */
	static final DefinedTerm NONE = new DefinedTerm(List.of());

	static DefinedTerm of(AnalyzedQuestion question) {
		return new DefinedTerm(question.concepts()
			.stream()
			.map(Concept::word)
			.map(word -> word.toLowerCase(Locale.ROOT))
			.filter(word -> word.length() >= MIN_TERM_CHARS)
			.toList());
	}

	/** Whether a sentence names one of the question's words first and then defines it. */
	boolean definedIn(String sentence) {
		String lower = sentence.toLowerCase(Locale.ROOT);
		Matcher defining = DEFINING.matcher(lower);
		if (!defining.find()) {
			return false;
		}
		Matcher word = WORD.matcher(lower);
		int read = 0;
		while (word.find() && word.start() < defining.start() && read++ < MAX_WORDS_BEFORE) {
			if (names(word.group())) {
				return WORD.matcher(lower.substring(word.end(), defining.start()))
					.results()
					.count() <= MAX_WORDS_BETWEEN;
			}
		}
		return false;
	}

	/**
	 * Whether the sentence's word is the plural with its article of the word asked
	 * ("intressenterna" of "intressent"): such a sentence speaks of the things the term
	 * names ("Intressenterna är positionerade …"), it does not define the term ("En
	 * intressent är …").
	 */
	private static boolean pluralWithArticle(String written, String asked) {
		return written.startsWith(asked) && PLURAL_ARTICLE.matcher(written.substring(asked.length())).matches();
	}

	/** A word of the sentence names a question's word when one begins the other. */
	private boolean names(String written) {
		for (String asked : words) {
			String shorter = written.length() < asked.length() ? written : asked;
			if (shorter.length() >= MIN_TERM_CHARS && (written.startsWith(asked) || asked.startsWith(written))
					&& !pluralWithArticle(written, asked)) {
				return true;
			}
		}
		return false;
	}

}
