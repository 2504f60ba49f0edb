package se.fyren.knowledge.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.fyren.knowledge.index.LabelledSections;

/**
 * The sections a question names by a word and a number ("vilka ingår i nivå 3", "vad
 * föreslås i åtgärdsområde 17"), see {@link LabelledSections}. A passage may run on from
 * a sibling section ("Nivå 2. Special-BVC" then "Nivå 3. Barnhälsoteam"), and what the
 * sibling says answers another question.
 *
 * @param names the sections' names, in lower case ("nivå 3")
 * @param words the words of the names ("nivå")
 */
record SectionsAsked(List<String> names, Set<String> words) {

	private static final SectionsAsked NONE = new SectionsAsked(List.of(), Set.of());

	// A section named as the place of another ("vad händer efter steg 2", "mellan nivå 1
	// och 2"): the question asks about its siblings too.
	private static final Pattern BESIDE = Pattern.compile(
			"\\b(?:efter|före|innan|mellan|utöver|förutom|after|before|between|besides)\\s+\\p{L}{3,}\\s+\\d",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// An item labelled by a word and its number ("Träff 2: Deltagarna önskar …") is a
	// sibling of the one asked ("vad handlade träff 3 om"), as a section is.
	private static final Pattern LABELLED_ITEM = Pattern.compile("^(\\p{Lu}\\p{Ll}+)\\s+(\\d{1,2}):\\s",
			Pattern.UNICODE_CHARACTER_CLASS);

	SectionsAsked {
		names = List.copyOf(names);
		words = Set.copyOf(words);
	}

	static SectionsAsked of(String question) {
		List<String> names = LabelledSections.inQuestion(question);
		if (names.isEmpty() || BESIDE.matcher(question).find()) {
			return NONE;
		}
		return new SectionsAsked(names, names.stream().map(LabelledSections::word).collect(Collectors.toSet()));
	}

	/**
	 * Whether a unit lies in another section of the kind the question names; its section
	 * is looked up only when the question names one.
	 */
	boolean elsewhere(AnswerUnit unit) {
		return !names.isEmpty() && (elsewhere(unit.section()) || labelledElsewhere(unit.text()));
	}

	/** Whether a unit lies in a section the question names. */
	boolean holds(AnswerUnit unit) {
		return !names.isEmpty() && LabelledSections.ofPath(unit.section()).stream().anyMatch(names::contains);
	}

	private boolean labelledElsewhere(String text) {
		Matcher label = LABELLED_ITEM.matcher(text);
		if (!label.find()) {
			return false;
		}
		String name = LabelledSections.name(label.group(1), label.group(2));
		return !names.contains(name) && words.contains(LabelledSections.word(name));
	}

	/**
	 * Whether a heading path lies in another section of the kind the question names
	 * ("Princip 1 › Målområde 1" when "målområde 2" is asked), and in none it names.
	 */
	boolean elsewhere(String path) {
		List<String> sections = LabelledSections.ofPath(path);
		return sections.stream().noneMatch(names::contains)
				&& sections.stream().map(LabelledSections::word).anyMatch(words::contains);
	}

}
