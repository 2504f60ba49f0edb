package se.fyren.knowledge.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.Passage;

/**
 * Sections a report names by a word and its number ("Målområde 2. Kompetenser …",
 * "Åtgärdsområde 17", "Nivå 3. Barnhälsoteam"), and the same names in a question
 * ("målområde 2", "nivå 3"): both are read here, so that a question's name and a
 * heading's are the same key ("nivå 3").
 */
public final class LabelledSections {

	// A heading that opens with a capitalised word and a number, then a stop or nothing.
	private static final Pattern HEADING = Pattern.compile("^(\\p{Lu}\\p{Ll}+)\\s+(\\d{1,2})(?:\\.\\s|$)",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A word and a number after it, as a question names a section ("målområde 2"), with
	// the numbers of the same word it names beside it ("nivå 2 och 3", "målområde 1-3").
	private static final Pattern IN_QUESTION = Pattern.compile(
			"\\b(\\p{L}{3,})\\s+(\\d{1,2})((?:\\s*(?:,|och|eller|and|or|&)\\s*\\d{1,2})*)(?:\\s*[–-]\\s*(\\d{1,2}))?\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

	private LabelledSections() {
	}

	/** The name of a section its heading gives by a word and a number ("nivå 3"). */
	public static Optional<String> ofHeading(String heading) {
		Matcher labelled = HEADING.matcher(heading.strip());
		return labelled.find() ? Optional.of(name(labelled.group(1), labelled.group(2))) : Optional.empty();
	}

	/** The names of the sections in a heading path ("Princip 1 › Målområde 2. …"). */
	public static List<String> ofPath(String path) {
		List<String> names = new ArrayList<>();
		if (path != null) {
			for (String heading : path.split(Passage.SECTION_SEPARATOR)) {
				ofHeading(heading).ifPresent(names::add);
			}
		}
		return names;
	}

	/** Each word followed by a number in a question, as a section's name, in order. */
	public static List<String> inQuestion(String question) {
		List<String> names = new ArrayList<>();
		Matcher named = IN_QUESTION.matcher(question.toLowerCase(Locale.ROOT));
		while (named.find()) {
			int first = Integer.parseInt(named.group(2));
			int last = named.group(4) == null ? first : Integer.parseInt(named.group(4));
			for (int number = first; number <= last; number++) {
				names.add(name(named.group(1), String.valueOf(number)));
			}
			Matcher beside = NUMBER.matcher(named.group(3));
			while (beside.find()) {
				names.add(name(named.group(1), beside.group()));
			}
		}
		return names;
	}

	/** The word of a section's name: "nivå" of "nivå 3". */
	public static String word(String name) {
		return name.substring(0, name.indexOf(' '));
	}

	/** A section's name as a key: its word in lower case and its number ("nivå 3"). */
	public static String name(String word, String digits) {
		return word.toLowerCase(Locale.ROOT) + " " + Integer.parseInt(digits);
	}

}
