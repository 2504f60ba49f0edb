package se.fyren.knowledge.answer;

import java.util.regex.Pattern;

/**
 * A share asked for and a share given. "Hur stor andel", "what percentage" is answered by
 * a share ("5 %", "hälften", "var tredje", "två av tre"), not by a count: "det kom cirka
 * 100 personer" does not tell what share of the children grow up poor.
 */
final class Share {

	private static final Pattern ASKED = Pattern.compile(
			"\\b(?:andel(?:en|ar|arna)?|hur många procent|procentandel\\p{L}*|what share|what percentage"
					+ "|what proportion|what fraction|how many percent|share of|percentage of|proportion of)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern GIVEN = Pattern.compile("\\d\\s*%|\\b(?:procent|percent|hälften|halva|majoriteten"
			+ "|minoriteten|de flesta|flertalet|half|most|majority|minority)\\b"
			+ "|\\bvar\\s+(?:annan|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)\\b"
			+ "|\\b(?:en|ett|två|tre|fyra|fem|\\d+)\\s+av\\s+(?:tre|fyra|fem|sex|sju|åtta|nio|tio|\\d+)\\b"
			+ "|\\p{L}*(?:tredjedel|fjärdedel|femtedel|tiondel)\\p{L}*|\\b(?:one|two|three)\\s+in\\s+(?:three|four|five|ten)\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	private Share() {
	}

	/** Whether a question (in lower case) asks for a share. */
	static boolean asked(String question) {
		return ASKED.matcher(question).find();
	}

	/** Whether a text gives a share. */
	static boolean givenIn(String text) {
		return GIVEN.matcher(text).find();
	}

}
