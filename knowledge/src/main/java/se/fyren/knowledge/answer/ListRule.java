package se.fyren.knowledge.answer;

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

	Abstain listNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (evidence.kind() != QuestionKind.LIST || best == null) {
			return null;
		}
		int counted = ListAsked.itemsCounted(evidence.lower());
		if (counted == 0 || listsAsMany(best.answer(), counted)) {
			return null;
		}
		return evidence.abstain("list_not_in_answer",
				"the question counts the items it asks for; the answer lists none as many");
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
