package se.fyren.knowledge.answer;

import java.util.regex.Pattern;

/**
 * A share asked for and a share given. "Hur stor andel", "what percentage" is answered by
 * a share ("5 %", "hälften", "var tredje", "två av tre"), not by a count: "det kom cirka
 * 100 personer" does not tell what share of the children grow up poor.
 */
final class Share {

	// A share asked for, not one mentioned ("varför är andelen äldre ett problem?" asks
	// for a reason); a share named by a question without a question word asks for it
	// ("andel barn i ekonomiskt utsatta familjer i leksand"), and a response rate is a
	// share.
	private static final Pattern ASKED = Pattern.compile(
			QuestionKind.FRAGMENT_OPENING + "(?:andel(?:en)?|the share of|share of|the proportion of|proportion of)\\s"
					+ "|\\b(?:hur stor (?:en )?andel|vilken andel|hur många procent|hur stor procent\\p{L}*|what share"
					+ "|what percent(?:age)?|what proportion|what fraction|how large a share|how many percent"
					+ "|svarsfrekvens\\p{L}*|response rates?)\\b"
					// A count asked "i procent", or with "procent" tacked on after it
					// ("… har lämnat in en plan, procent").
					+ "|\\b(?:i|in)\\s+(?:procent|percent)\\b|[,–—]\\s*(?:procent|percent|andel|share)\\s*[?!.]*$",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final String SMALL_NUMBER = "(?:en|ett|" + NumberWords.SWEDISH_TWO_TO_TEN + "|one|"
			+ NumberWords.ENGLISH_TWO_TO_TEN + "|\\d+)";

	// "var annan vecka" is how often and "sida 3 av 10" a page, not a share.
	private static final Pattern GIVEN = Pattern.compile("\\d\\s*%|\\b(?:procent\\p{L}*|percent|per cent|hälften"
			+ "|majoriteten|minoriteten|de flesta|flertalet|half|most of|majority|minority|thirds?|quarters?)\\b"
			+ "|\\bvar\\s+(?:annan|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)\\b"
			+ "(?!\\s+(?:vecka|månad|år|dag|gång)\\p{L}*)" + "|(?<!\\bsidan?\\s)\\b" + SMALL_NUMBER
			+ "\\s+(?:av|in|out of)\\s+(?:tre|fyra|fem|sex|sju|åtta|nio|tio|hundra|three|four|five"
			+ "|ten|hundred|\\d+)\\b" + "|\\p{L}*(?:tredjedel|fjärdedel|femtedel|tiondel)\\p{L}*",
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
