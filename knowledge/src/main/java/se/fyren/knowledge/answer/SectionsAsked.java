package se.fyren.knowledge.answer;

import java.util.List;

import se.fyren.knowledge.index.LabelledSections;

/**
 * The sections a question names by a word and a number ("vilka ingår i nivå 3", "vad
 * föreslås i åtgärdsområde 17"), see {@link LabelledSections}. A passage may run on from
 * a sibling section ("Nivå 2. Special-BVC" then "Nivå 3. Barnhälsoteam"), and what the
 * sibling says answers another question.
 *
 * @param names the sections' names, in lower case ("nivå 3")
 */
record SectionsAsked(List<String> names) {

	SectionsAsked {
		names = List.copyOf(names);
	}

	static SectionsAsked of(String question) {
		return new SectionsAsked(LabelledSections.inQuestion(question));
	}

	/**
	 * Whether a heading path lies in another section of the kind the question names
	 * ("Princip 1 › Målområde 1" when "målområde 2" is asked), and in none it names.
	 */
	boolean elsewhere(String path) {
		if (names.isEmpty()) {
			return false;
		}
		List<String> sections = LabelledSections.ofPath(path);
		return sections.stream().noneMatch(names::contains) && sections.stream()
			.map(LabelledSections::word)
			.anyMatch(word -> names.stream().map(LabelledSections::word).anyMatch(word::equals));
	}

}
