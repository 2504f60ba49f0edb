package se.fyren.knowledge.answer;

import java.util.regex.Pattern;

/**
 * A figure asked of each of something ("hur många deltagare per kommun", "how many hours
 * should each module take"), and whether a text gives one ("upp till tre personer per
 * kommun", "5 miljoner kronor årligen"): a figure of the whole ("deltog 15 personer")
 * does not answer it.
 */
final class FigureOfEach {

	// Asks a figure of each of something: "per kommun", "per år" (not "per
	// cent", "per the report", "per telefon"), a rate in time ("i veckan", "om
	// året", "each year", "a week", not "in a year"), or a count spread over the
	// units a place or a group is made of ("från varje kommun", "in each
	// municipality"). "Each" alone often asks the figure of any one ("how many
	// hours does each session last"), which a sentence about one gives.
	private static final Pattern ASKED = Pattern
		.compile(
				"\\bper(?!\\s*(?:cent|procent|the|enl|enligt|telefon|post|mejl|mail|e-post|brev|phone|email)\\b)\\b"
						+ "|\\b(?:i veckan|i månaden|om året|om dagen|årligen|annually|yearly|weekly|monthly)\\b"
						+ "|\\b(?:varje|each|every)\\s+(?:år|vecka|månad|dag|year|week|month|day)\\b"
						+ "|(?<!\\b(?:in|within)\\s)\\ba (?:year|week|month|day)\\b"
						+ "|\\b(?:från|i|inom|from|in|within)\\s+(?:varje|each|every)\\b",
				Pattern.UNICODE_CHARACTER_CLASS);

	// A figure given of each: "per deltagare", "varje år", "i snitt", "40 kr/år",
	// "respektive kommun".
	private static final Pattern GIVEN = Pattern
		.compile("(?i)\\b(?:per|varje|var och en|vardera|respektive|each|every|i veckan|i månaden|om året|om dagen"
				+ "|årligen|årlig\\p{L}*|i snitt|i genomsnitt|on average|a (?:year|week|month|day))\\b"
				+ "|\\d\\s*\\p{L}*\\s*/\\s*\\p{L}", Pattern.UNICODE_CHARACTER_CLASS);

	/** Whether a question, in lower case, asks a figure of each of something. */
	static boolean asked(String question) {
		return ASKED.matcher(question).find();
	}

	/** Whether a text gives a figure of each of something. */
	static boolean givenIn(String text) {
		return GIVEN.matcher(text).find();
	}

	private FigureOfEach() {
	}

}
