package se.fyren.knowledge.answer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks yes or no ("ska samlingen dras igång i full skala direkt?", "Can a
 * single municipality buy Supercross on its own?"): the report answers it with a sentence
 * that says how far a thing holds ("Databasen kan endast anskaffas av regioner",
 * "utvecklingen är inte oundviklig"), more often than with one that only names the
 * question's topic.
 */
final class PolarQuestion {

	// The question, after a greeting at most, or a clause of it after a dash, a
	// colon or a sentence's end, opens with a verb; not "kan du …", "do you …",
	// "kan jag få …", which ask for something to be done or told. "stämmer det
	// att", "e det sant att" open one too. Lower case: an English "I" is read as
	// "i", so it is left out only after "can".
	private static final Pattern ASKED = Pattern.compile("(?:^\\W*" + QuestionKind.GREETING + "|[–:;?!.]\\s*|\\s-\\s+)"
			+ "(?:(?:asså|alltså|så|men|och|o|okej|ok|but|and|so)\\s+)?(?:är|e|var|blir|blev"
			+ "|finns|fanns|kan|kunde|ska|skall|skulle|har|hade|måste|bör|borde|behöver|behövde|får|fick|gäller|gällde"
			+ "|räcker|räckte|stämmer|ingår|ingick|funkar|fungerar|går|gick|brukar|leder|hjälper|is|are|was|were|can|could"
			+ "|does|do|did|should|will|would|has|have|had|must|may)\\s+(?!du\\b|ni\\b|you\\b)"
			+ "(?!(?<=\\b(?:kan|can|could)\\s)(?:jag|i)\\b)(?=\\p{L})", Pattern.UNICODE_CHARACTER_CLASS);

	// A question word after the verb asks for more than yes or no ("kan du
	// förklara hur …", "är det klart vem som …", "finns det en plan? hur ser den
	// ut?").
	private static final Pattern QUESTION_WORD = Pattern.compile(
			"\\b(?:vad|hur|vem|vems|när|var|vart|varför|vilk\\p{L}*|what|how|who|when|where|why|which)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A question that offers alternatives ("går den upp eller ner?", chat's
	// "el", "kommunen eller bara regionen?") asks which holds: the answer names
	// one, with or without a negation.
	private static final Pattern ALTERNATIVES = Pattern.compile("\\b(?:eller|el|or)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// How far a thing holds: a negation, a limit, a contrast. Not a condition ("krävs",
	// "förutsätter"), which a report states far more often than it answers yes or no with
	// it, nor a quantity ("mer än").
	private static final Pattern STATED = Pattern.compile("(?i)\\b(?:inte|ej|ingen|inget|inga|aldrig|sällan|endast"
			+ "|enbart|bara|snarare|istället|i stället|däremot|dock|utan"
			+ "|not|no|never|only|rather|instead|however|without|cannot)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	private PolarQuestion() {
	}

	static boolean asked(String question) {
		String text = question.toLowerCase(Locale.ROOT).strip();
		if (ALTERNATIVES.matcher(text).find()) {
			return false;
		}
		// The first verb that opens a clause; what follows it must not ask for more.
		Matcher verb = ASKED.matcher(text);
		return verb.find() && !QUESTION_WORD.matcher(text).region(verb.end(), text.length()).find();
	}

	static boolean answeredBy(String sentence) {
		return STATED.matcher(sentence).find();
	}

}
