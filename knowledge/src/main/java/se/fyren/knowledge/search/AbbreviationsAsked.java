package se.fyren.knowledge.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a question asks about as abbreviations: written in capitals ("vad gör FAS för
 * social hållbarhet"), or asked to be spelled out in any case ("vad står fas för", "what
 * does rss stand for"). Which of them the reports write as abbreviations the index tells
 * ({@link se.fyren.knowledge.index.PassageIndex#ABBREVIATION}).
 */
final class AbbreviationsAsked {

	// Two to eight capitals, as a whole word.
	private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{2,8}(?![\\p{L}\\d])");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	// A question to spell a word out: "vad står X för", "X står för", "vad betyder X",
	// "förkortningen X", "what does X stand for", "X stands for", "what does X mean".
	private static final List<Pattern> SPELLED_OUT = List.of(Pattern.compile("\\bstår\\s+(\\p{L}{2,8})\\s+för\\b"),
			Pattern.compile("\\b(\\p{L}{2,8})\\s+står\\s+för\\b"), Pattern.compile("\\bbetyder\\s+(\\p{L}{2,8})\\b"),
			Pattern.compile("\\bförkortningen\\s+(\\p{L}{2,8})\\b"),
			Pattern.compile("\\bdoes\\s+(\\p{L}{2,8})\\s+(?:stand\\s+for|mean)\\b"),
			Pattern.compile("\\b(\\p{L}{2,8})\\s+stands?\\s+for\\b"));

	// What an abbreviation written in capitals is: "vad är FAS", "what is RSS?".
	private static final Pattern WHAT_IS = Pattern
		.compile("(?i:\\b(?:vad\\s+(?:är|e)|va\\s+e|what\\s+is|what's)\\s+)(\\p{Lu}{2,8})(?![\\p{L}\\d])");

	private AbbreviationsAsked() {
	}

	/**
	 * The words, in lower case: those asked to be spelled out, and those written in
	 * capitals (none for a question written all in capitals).
	 */
	static Set<String> in(String question) {
		Set<String> asked = new LinkedHashSet<>();
		if (!shouted(question)) {
			Matcher capitals = CAPITALS.matcher(question);
			while (capitals.find()) {
				asked.add(capitals.group().toLowerCase(Locale.ROOT));
			}
		}
		asked.addAll(spelledOut(question));
		return asked;
	}

	/** The words the question asks to be spelled out, in lower case. */
	static Set<String> spelledOut(String question) {
		Set<String> asked = new LinkedHashSet<>();
		Matcher whatIs = WHAT_IS.matcher(question);
		while (whatIs.find()) {
			asked.add(whatIs.group(1).toLowerCase(Locale.ROOT));
		}
		String lower = question.toLowerCase(Locale.ROOT);
		for (Pattern spelledOut : SPELLED_OUT) {
			Matcher found = spelledOut.matcher(lower);
			while (found.find()) {
				asked.add(found.group(1));
			}
		}
		return asked;
	}

	// A question in capitals throughout says nothing by them: "VAD ÄR FAS".
	private static boolean shouted(String question) {
		Matcher word = WORD.matcher(question);
		int words = 0;
		int capitals = 0;
		while (word.find()) {
			words++;
			if (word.group().length() > 1 && word.group().chars().allMatch(Character::isUpperCase)) {
				capitals++;
			}
		}
		return capitals * 2 > words;
	}

}
