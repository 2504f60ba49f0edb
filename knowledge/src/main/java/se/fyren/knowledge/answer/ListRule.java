package se.fyren.knowledge.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.chunk.Sentences;

/**
 * A list asked for by its count ("vilka e dom fem stegen", "alla tio") that the answer
 * does not list ({@code list_not_in_answer}): an answer that only says there are five
 * ("en metod i fem steg", "ett tiotal indikatorer") names none of what is asked.
 */
final class ListRule {

	// What stands between two items of a list: a comma, a conjunction, a semicolon, or
	// the mark an answer shows a list's items with ("› Problemflödet … › Politikflödet")
	// or an arrow ("Så här ser världen ut → Vi möts …").
	private static final Pattern BETWEEN_ITEMS = Pattern.compile(",\\s|\\s(?:och|samt|eller|and|or)\\s|[;›→]",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A list's item mark, and the number or numbered label of an item ("1. Samla ihop …
	// 2. Fokusera …", "Träff 1: … Träff 2: …"): all may stand after a sentence's end, so
	// they are counted over the whole answer.
	private static final Pattern ITEM_MARK = Pattern.compile("›");

	private static final Pattern ITEM_NUMBER = Pattern.compile(
			"(?<![\\d.,])\\b\\d{1,2}[.)]\\s|\\b\\p{Lu}\\p{Ll}{2,}\\s\\d{1,2}[:.]\\s", Pattern.UNICODE_CHARACTER_CLASS);

	// A count an English question asks a list by: "the three main categories".
	private static final Pattern ENGLISH_COUNT = Pattern.compile("\\b(" + NumberWords.ENGLISH_TWO_TO_TEN + ")\\b");

	private static final List<String> ENGLISH_COUNTS = List.of(NumberWords.ENGLISH_TWO_TO_TEN.split("\\|"));

	// The count "two" stands for.
	private static final int FIRST_COUNT = 2;

	Abstain listNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (evidence.kind() != QuestionKind.LIST || best == null) {
			return null;
		}
		int counted = counted(evidence);
		if (counted == 0 || listsAsMany(best.answer(), counted)) {
			return null;
		}
		return evidence.abstain("list_not_in_answer",
				"the question counts the items it asks for; the answer lists none as many");
	}

	/** How many items the question says the list holds, or 0. */
	private static int counted(Evidence evidence) {
		int counted = AnswerUnit.counted(evidence.lower());
		if (counted > 0 || !evidence.english()) {
			return counted;
		}
		Matcher count = ENGLISH_COUNT.matcher(evidence.lower());
		return count.find() ? ENGLISH_COUNTS.indexOf(count.group(1)) + FIRST_COUNT : 0;
	}

	/**
	 * Whether the answer shows a list of that many items, or one of its sentences names
	 * that many ("det rör sig om horisontella komponenter, analyskomponenter och
	 * slutligen generella komponenter").
	 */
	static boolean listsAsMany(String answer, int count) {
		if (ITEM_MARK.matcher(answer).results().count() >= count
				|| ITEM_NUMBER.matcher(answer).results().count() >= count) {
			return true;
		}
		for (Sentences.Span span : Sentences.split(answer)) {
			String sentence = answer.substring(span.start(), span.end());
			if (BETWEEN_ITEMS.matcher(sentence).results().count() + 1 >= count) {
				return true;
			}
		}
		return false;
	}

}
