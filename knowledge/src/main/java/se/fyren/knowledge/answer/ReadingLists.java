package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report's list of literature ("LITTERATUR", "Referenser", "Källor") names what to
 * read, in the words of the works cited: in a Swedish report those are often English, and
 * they match an English question's words ("Special Agents: The Nature and Role of
 * Boundary Spanners" for "what is a change agent?"). Its units answer only a question
 * about what the report cites or what to read.
 */
final class ReadingLists {

	// A list's title line that says it lists literature.
	private static final Pattern TITLE = Pattern.compile(
			"(?:litteratur(?:lista)?|referenser|källor|källförteckning|references|bibliography|further reading)\\s*:?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	// A question about what a report cites or recommends reading.
	private static final Pattern ASKED = Pattern.compile("\\b(?:litteratur\\p{L}*|referens(?:er(?:na)?|lista\\p{L}*)"
			+ "|källa|källan|källor(?:na)?|källförteckning\\p{L}*|läs(?:a|er|t|ning\\p{L}*|tips)|citer\\p{L}*|böcker(?:na)?"
			+ "|boken?|författ\\p{L}*|artikl\\p{L}*|references?|literature|bibliograph\\p{L}*|read(?:ing)?|cite[sd]?"
			+ "|citing|citations?|papers?|books?|articles?|authors?|wrote)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	// A sentence this short ("Se nedan.") may stand in a list's item by chance.
	private static final int MIN_QUOTED = 20;

	private ReadingLists() {
	}

	static boolean asked(String question) {
		return ASKED.matcher(question).find();
	}

	/**
	 * The units of a passage's lists of literature: each such list and each sentence
	 * quoted from one of its items.
	 */
	static List<AnswerUnit> in(List<AnswerUnit> units) {
		List<AnswerUnit> reading = new ArrayList<>();
		List<String> items = new ArrayList<>();
		for (AnswerUnit unit : units) {
			if (unit.list() && unit.leadIn() != null && TITLE.matcher(unit.leadIn().strip()).matches()) {
				reading.add(unit);
				items.addAll(unit.items());
			}
		}
		if (items.isEmpty()) {
			return reading;
		}
		for (AnswerUnit unit : units) {
			if (!unit.list() && unit.text().length() >= MIN_QUOTED
					&& items.stream().anyMatch(item -> item.contains(unit.text()))) {
				reading.add(unit);
			}
		}
		return reading;
	}

}
