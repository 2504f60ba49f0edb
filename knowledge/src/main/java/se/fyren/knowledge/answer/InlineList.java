package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list written inside one sentence: after a colon ("Exempel på detta finns i många
 * kommuner: Linköping, Malmö, Kristianstad och Helsingborg."), numbered ("tre delar: 1.
 * Att hitta …, 2. Efterfråga …, 3. …"), or as a run of commas that ends in "och", "samt"
 * or "eller" ("en styrgrupp bestående av skolchef, socialchef, chef för
 * ungdomsverksamheten samt vårdcentralchef").
 *
 * @param leadIn what the sentence says before its items (before the colon), or the whole
 * sentence when no colon sets them off: the words that name what is listed
 * @param items the items, as far as commas and the last conjunction tell them apart
 */
record InlineList(String leadIn, List<String> items) {

	// The spaces between words, compiled once.
	private static final Pattern SPACES = Pattern.compile("\\s+");

	// A lead-in before a colon names something: "Exempel:" hardly says what is listed,
	// and "Se kapitel 2:" lists nothing.
	private static final int MIN_LEAD_IN_CHARS = 10;

	// Items after a colon: two are a list ("två rekommendationer: X och Y").
	private static final int MIN_ITEMS_AFTER_COLON = 2;

	// Two parts given with "dels" are a list: "dels X, dels Y".
	private static final int MIN_PARTS = 2;

	// Without a colon, "X, Y och Z" is a list; "X och Y" is a phrase.
	private static final int MIN_ITEMS_IN_PROSE = 3;

	// An item of a list numbered inside its sentence: "1. Att hitta …, 2. Efterfråga …".
	private static final Pattern NUMBERED = Pattern.compile("(?:^|,\\s*|\\s)\\d{1,2}[.)]\\s");

	private static final Pattern COMMA = Pattern.compile(",\\s+");

	// "dels …, dels …": a sentence that gives its parts one by one ("Samlingen hade flera
	// syften, dels att lyfta …, dels att vara ett stöd … och dels förbereda …"), however
	// long each part is. The comma or conjunction before a part belongs to no item.
	private static final Pattern PART = Pattern.compile("(?:,?\\s*\\b(?:och|samt)\\s+|,\\s*)?\\bdels\\s+",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// What every match of PART holds, read as PART reads it.
	private static final Pattern DELS = Pattern.compile("dels",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// The conjunction that joins the last item: "…, chef för ungdomsverksamheten samt
	// vårdcentralchef".
	private static final Pattern LAST = Pattern.compile("\\s(?:och|samt|eller)\\s");

	// An item between the first and the last is short and opens no clause: a longer
	// piece between commas, or one that opens with "där", "som" …, is a clause
	// ("Verksamheten bedrivs på heltid, där individens behov är i fokus och …"). The
	// first holds what the sentence says before its list, the last may run on after it.
	private static final int MAX_ITEM_WORDS = 6;

	private static final Pattern CLAUSE = Pattern.compile(
			"^(?:där|som|vilket|vilken|vilka|när|eftersom|medan|men|då|dvs|varav|vars|om|att|så|det|den|de|man|vi"
					+ "|(?:genom|för|utan|efter|innan)\\s+att)\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// An article before an adjective opens a noun phrase, not a clause: "det sociala
	// området", "de politiska besluten" (an adjective's definite form ends in -a or -re;
	// "ska" is a verb).
	private static final Pattern ARTICLE = Pattern.compile("^(?:det|den|de)\\s+(?!ska\\b)\\p{L}+(?:a|re)\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// What the list's last item is said to mean ("…, dvs. frivilligorganisationer och
	// liknande"): an explanation of that item, not more items.
	private static final Pattern EXPLAINED = Pattern.compile(",\\s+(?:dvs\\.?|d\\.v\\.s\\.|det vill säga)\\s.*$",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	InlineList {
		items = List.copyOf(items);
	}

	/** The list a sentence holds, if it holds one. */
	static Optional<InlineList> in(String sentence) {
		Optional<InlineList> parts = parts(sentence);
		if (parts.isPresent()) {
			return parts;
		}
		int colon = sentence.indexOf(": ");
		if (colon >= MIN_LEAD_IN_CHARS) {
			List<String> items = items(sentence.substring(colon + 2));
			return items.size() >= MIN_ITEMS_AFTER_COLON
					? Optional.of(new InlineList(sentence.substring(0, colon + 1), items)) : Optional.empty();
		}
		if (colon >= 0 || sentence.indexOf(',') < 0) {
			return Optional.empty();
		}
		List<String> items = items(sentence);
		return items.size() >= MIN_ITEMS_IN_PROSE ? Optional.of(new InlineList(sentence, items)) : Optional.empty();
	}

	private static Optional<InlineList> parts(String sentence) {
		// Every part opens with "dels": a sentence without it (nearly all) is not walked
		// with PART's optional comma and conjunction at every place.
		if (!DELS.matcher(sentence).find()) {
			return Optional.empty();
		}
		Matcher part = PART.matcher(sentence);
		List<String> items = new ArrayList<>();
		int leadInEnd = -1;
		int start = -1;
		while (part.find()) {
			if (start >= 0) {
				items.add(sentence.substring(start, part.start()).strip());
			}
			else {
				leadInEnd = part.start();
			}
			start = part.end();
		}
		if (start < 0 || leadInEnd <= 0) {
			return Optional.empty();
		}
		items.add(sentence.substring(start).strip());
		return items.size() >= MIN_PARTS ? Optional.of(new InlineList(sentence.substring(0, leadInEnd).strip(), items))
				: Optional.empty();
	}

	private static List<String> items(String text) {
		Matcher numbered = NUMBERED.matcher(text);
		List<String> items = new ArrayList<>();
		int start = -1;
		while (numbered.find()) {
			if (start >= 0) {
				items.add(text.substring(start, numbered.start()).strip());
			}
			start = numbered.end();
		}
		if (items.size() + 1 >= MIN_ITEMS_AFTER_COLON && start >= 0) {
			items.add(text.substring(start).strip());
			return items;
		}
		items.clear();
		String[] parts = COMMA.split(EXPLAINED.matcher(text).replaceFirst(""));
		if (parts.length < 2) {
			return List.of();
		}
		for (int i = 0; i < parts.length - 1; i++) {
			items.add(parts[i].strip());
		}
		String last = parts[parts.length - 1];
		Matcher joined = LAST.matcher(last);
		if (!joined.find()) {
			// "A, B, C" without a conjunction lists nothing certain: a clause may follow
			// its comma.
			return List.of();
		}
		items.add(last.substring(0, joined.start()).strip());
		items.add(last.substring(joined.end()).strip());
		boolean clauses = items.subList(1, items.size()).stream().anyMatch(InlineList::opensClause)
				|| items.subList(1, items.size() - 1)
					.stream()
					.anyMatch(item -> SPACES.split(item).length > MAX_ITEM_WORDS);
		return clauses ? List.of() : items;
	}

	private static boolean opensClause(String item) {
		return CLAUSE.matcher(item).lookingAt() && !ARTICLE.matcher(item).lookingAt();
	}

}
