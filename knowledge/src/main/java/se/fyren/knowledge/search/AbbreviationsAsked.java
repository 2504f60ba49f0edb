package se.fyren.knowledge.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.index.Abbreviations;

/**
 * The words a question asks about as abbreviations. Which of them the reports write as
 * abbreviations the index tells
 * ({@link se.fyren.knowledge.index.PassageIndex#ABBREVIATION}).
 *
 * @param written the words written in capitals ("hur jobbar SKL med …"), in lower case
 * @param spelledOut the words asked to be spelled out ("vad står fas för", "what does RSS
 * stand for", "vad är FAS"), in lower case
 */
record AbbreviationsAsked(Set<String> written, Set<String> spelledOut) {

	private static final String LETTERS = "(\\p{L}{" + Abbreviations.MIN_LETTERS + "," + Abbreviations.MAX_LETTERS
			+ "})";

	// A run of capitals that says what it is, in a question: "vad är FAS".
	private static final String CAPITALS = "(\\p{Lu}{" + Abbreviations.MIN_LETTERS + "," + Abbreviations.MAX_LETTERS
			+ "})";

	// Pronouns and question words that stand where an abbreviation would: "vad står det
	// för", "what does it mean", "vad betyder det för barnen".
	private static final String NOT_A_PRONOUN = "(?!(?:det|den|dem|de|dom|detta|vad|vem|vilka|vilken|man|du|ni|vi"
			+ "|it|this|that|they|what|who|which|you|we)\\b)";

	// Asked to spell a word out, in any case: "vad står X för", "vad betyder X",
	// "förkortningen X", "what does X stand for", "what does X mean".
	private static final List<Pattern> SPELL_OUT = List.of(
			Pattern.compile("(?iu)\\bstår\\s+" + NOT_A_PRONOUN + LETTERS + "\\s+för\\b"),
			Pattern.compile("(?iu)\\bbetyder\\s+" + NOT_A_PRONOUN + LETTERS + "(?![\\p{L}\\d])"),
			Pattern.compile("(?iu)\\bförkortningen\\s+" + NOT_A_PRONOUN + LETTERS + "(?![\\p{L}\\d])"),
			Pattern.compile("(?iu)\\bdoes\\s+" + NOT_A_PRONOUN + LETTERS + "\\s+(?:stand\\s+for|mean)\\b"));

	// Asked with the word first, only in capitals: "FAS står för vad", "RSS stands for?";
	// "vem står för kostnaden" asks who pays. Also what a word in capitals is: "vad är
	// FAS", not a name that runs on ("vad är IF Elfsborg", "vad är SKL:s roll").
	private static final List<Pattern> SPELL_OUT_IN_CAPITALS = List.of(
			Pattern.compile(CAPITALS + "\\s+(?iu:står\\s+för|stands?\\s+for)\\b"),
			Pattern.compile("(?iu:\\b(?:vad\\s+(?:är|e)|va\\s+e|what\\s+is|what['’]s)\\s+)" + CAPITALS
					+ "(?![\\p{L}\\d:])(?!\\s+[\\p{Lu}\\d])"));

	// A question this long with no letter in lower case is shouted: its capitals say
	// nothing ("VAD GÖR SKL FÖR SOCIAL HÅLLBARHET"); a short one may be all abbreviation
	// ("FAS?").
	private static final int MIN_SHOUTED_WORDS = 3;

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}");

	AbbreviationsAsked {
		written = Set.copyOf(written);
		spelledOut = Set.copyOf(spelledOut);
	}

	static AbbreviationsAsked of(String question) {
		boolean shouted = shouted(question);
		Set<String> written = new LinkedHashSet<>();
		Set<String> spelledOut = new LinkedHashSet<>();
		if (!shouted) {
			Matcher capitals = Abbreviations.WRITTEN.matcher(question);
			while (capitals.find()) {
				written.add(capitals.group().toLowerCase(Locale.ROOT));
			}
			for (Pattern asked : SPELL_OUT_IN_CAPITALS) {
				addFound(asked, question, spelledOut);
			}
		}
		for (Pattern asked : SPELL_OUT) {
			addFound(asked, question, spelledOut);
		}
		return new AbbreviationsAsked(written, spelledOut);
	}

	/** Every word asked about as an abbreviation. */
	Set<String> all() {
		Set<String> all = new LinkedHashSet<>(written);
		all.addAll(spelledOut);
		return all;
	}

	private static void addFound(Pattern asked, String question, Set<String> found) {
		Matcher matcher = asked.matcher(question);
		while (matcher.find()) {
			found.add(matcher.group(1).toLowerCase(Locale.ROOT));
		}
	}

	private static boolean shouted(String question) {
		return !LOWER_CASE.matcher(question).find() && WORD.matcher(question).results().count() >= MIN_SHOUTED_WORDS;
	}

}
