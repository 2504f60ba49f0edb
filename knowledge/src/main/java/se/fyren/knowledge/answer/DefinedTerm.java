package se.fyren.knowledge.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
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
 * @param written the question's words as written, in lower case: an abbreviation's stem
 * is no abbreviation ("ANDT" is stemmed to "and")
 * @param cited the words the question cites its source by, as written, in lower case
 * ("kingdon" of "enligt kingdon"): a sentence that opens with its source ("Kingdons
 * modell består av tre flöden som är …") defines nothing of what is asked
 */
record DefinedTerm(List<String> words, List<String> written, List<String> cited) {

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

	// An abbreviation in brackets follows what it stands for ("Habilitering (HAB)"); one
	// opening a line spells nothing out ("(HÖRS)").
	private static final int MIN_SPELLED_OUT_WORDS = 1;

	// What follows an abbreviation that is spelled out after it ("KRAM-kundfokus", "KRAM:
	// kundfokus"); a capital after the dash begins a name of its own ("BUP-Mora").
	private static final Pattern SPELLED_OUT_AFTER = Pattern.compile("\\s*[-–:]\\s*\\p{Ll}",
			Pattern.UNICODE_CHARACTER_CLASS);

	// The words that join the last two of what an abbreviation stands for.
	private static final List<String> JOINING = List.of("och", "and", "samt");

	// An abbreviation has two letters at least ("UM", "BUP").
	private static final int MIN_ABBREVIATION_CHARS = 2;

	// A word shorter than this is no term of its own.
	private static final int MIN_TERM_CHARS = 4;

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\d-]*", Pattern.UNICODE_CHARACTER_CLASS);

	/** For a question that asks for no definition. */
	static final DefinedTerm NONE = new DefinedTerm(List.of(), List.of(), List.of());

	// The word a question cites its source by: the one after "enligt" or "according to"
	// ("vad är ett öppet fönster enligt kingdon", "according to the manual"); a source of
	// several words is known by its first.
	private static final Pattern CITED = Pattern.compile(
			"\\b(?:enligt|enl\\.?|according to(?: the)?|as per(?: the)?)\\s+(\\p{L}[\\p{L}\\d-]*)",
			Pattern.UNICODE_CHARACTER_CLASS);

	// The verbs a question asks for a definition with ("vad menas med", "vad betyder"),
	// as their stems begin them: they are no part of the term asked about.
	private static final List<String> ASKING_VERBS = List.of("menas", "menar", "betyder", "betyda", "innebär",
			"innebära", "avses", "står", "definieras", "kallas");

	/**
	 * The question's concepts that name the term asked about: not the document it names,
	 * nor the verb it asks with ("vad betyder det sociala kontraktet" asks about "sociala
	 * kontraktet").
	 */
	static List<Concept> termOf(AnalyzedQuestion question) {
		return question.topic()
			.stream()
			.filter(concept -> ASKING_VERBS.stream().noneMatch(verb -> verb.startsWith(concept.word())))
			.toList();
	}

	static DefinedTerm of(AnalyzedQuestion question) {
		return new DefinedTerm(
				question.topic()
					.stream()
					.map(Concept::word)
					.map(word -> word.toLowerCase(Locale.ROOT))
					.filter(word -> word.length() >= MIN_TERM_CHARS)
					.toList(),
				WORD.matcher(question.question().toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList(),
				CITED.matcher(question.question().toLowerCase(Locale.ROOT))
					.results()
					.map(cited -> cited.group(1))
					.toList());
	}

	/**
	 * Whether a sentence names one of the question's words first and then defines it, or
	 * spells out an abbreviation asked before giving it in brackets ("alkohol, narkotika,
	 * dopning och tobak (ANDT)").
	 */
	boolean definedIn(String sentence) {
		String lower = sentence.toLowerCase(Locale.ROOT);
		if (spelledOut(sentence, lower)) {
			return true;
		}
		Matcher defining = DEFINING.matcher(lower);
		if (!defining.find()) {
			return false;
		}
		Matcher word = WORD.matcher(lower);
		int read = 0;
		while (word.find() && word.start() < defining.start() && read++ < MAX_WORDS_BEFORE) {
			if (names(word.group()) && !cites(word.group())) {
				return WORD.matcher(lower.substring(word.end(), defining.start()))
					.results()
					.count() <= MAX_WORDS_BETWEEN;
			}
		}
		return false;
	}

	/** Whether a sentence's word is the source the question cites, in any form. */
	private boolean cites(String word) {
		return cited.stream().anyMatch(source -> word.startsWith(source));
	}

	/**
	 * Whether words stand before a question's word in brackets, or before brackets that
	 * open with it in capitals and go on in words ("Förebyggande arbete i samverkan (FAS
	 * för social hållbarhet)"; not a source's year, "(WHO 2011)").
	 */
	private boolean spelledOut(String sentence, String lower) {
		for (String asked : written) {
			int bracket = lower.indexOf("(" + asked + ")");
			if (bracket < 0 && asked.length() >= MIN_ABBREVIATION_CHARS) {
				bracket = openingBracket(sentence, "(" + asked.toUpperCase(Locale.ROOT));
			}
			if (bracket >= 0 && WORD.matcher(lower.substring(0, bracket)).results().count() >= MIN_SPELLED_OUT_WORDS
					|| spelledOutAfter(sentence, asked)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where brackets open with the abbreviation and go on in a word in lower case, or -1.
	 */
	private static int openingBracket(String sentence, String opening) {
		for (int at = sentence.indexOf(opening); at >= 0; at = sentence.indexOf(opening, at + 1)) {
			int next = at + opening.length();
			if (next < sentence.length() && Character.isWhitespace(sentence.charAt(next))) {
				while (next < sentence.length() && Character.isWhitespace(sentence.charAt(next))) {
					next++;
				}
				if (next < sentence.length() && Character.isLowerCase(sentence.charAt(next))) {
					return at;
				}
			}
		}
		return -1;
	}

	/**
	 * Whether the abbreviation, in capitals, is followed by a dash or a colon and what it
	 * stands for ("KRAM-kundfokus, respekt, ansvar och mod").
	 */
	private static boolean spelledOutAfter(String sentence, String asked) {
		if (asked.length() < MIN_ABBREVIATION_CHARS) {
			return false;
		}
		String abbreviation = asked.toUpperCase(Locale.ROOT);
		Matcher after = SPELLED_OUT_AFTER.matcher(sentence);
		for (int at = sentence.indexOf(abbreviation); at >= 0; at = sentence.indexOf(abbreviation, at + 1)) {
			boolean wordStart = at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1));
			if (wordStart && after.region(at + abbreviation.length(), sentence.length()).lookingAt()
					&& initialsSpell(sentence.substring(after.end() - 1), abbreviation)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the words of a text, but "och" and "and", begin with the abbreviation's
	 * letters in turn: "kundfokus, respekt, ansvar och mod" spells KRAM; "arbetet är i
	 * sin linda" does not spell GIS ("GIS-arbetet" is a compound).
	 */
	private static boolean initialsSpell(String text, String abbreviation) {
		Matcher word = WORD.matcher(text);
		int letter = 0;
		while (letter < abbreviation.length() && word.find()) {
			String found = word.group();
			if (JOINING.contains(found.toLowerCase(Locale.ROOT))) {
				continue;
			}
			if (Character.toUpperCase(found.charAt(0)) != abbreviation.charAt(letter)) {
				return false;
			}
			letter++;
		}
		return letter == abbreviation.length();
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
