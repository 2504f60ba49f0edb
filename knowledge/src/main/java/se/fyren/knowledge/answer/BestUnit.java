package se.fyren.knowledge.answer;

/**
 * The evidence an answer would rest on, for judging whether it answers: the best answer
 * unit (with the unit after it, which is quoted too) and the passage it stands in.
 *
 * @param text the best unit and the unit after it
 * @param passage the passage holding the best unit, with its report's title and its
 * section path (a place or a meeting's date is often named only there: "Trollhättans
 * stad", "minnesanteckningar 16 september 2014")
 * @param context what the best unit is about (a list's heading and the sentence before
 * its lead-in) and the unit after it: the words an answer about the question's topic
 * holds
 * @param heading the report's title and the passage's section path
 * @param coverage the share of the question's weight the best unit covers
 * @param holdsKind whether the best unit holds the kind of answer asked for
 * @param answer the answer's text as it would be given
 */
record BestUnit(String text, String passage, String context, String heading, double coverage, boolean holdsKind,
		String answer) {
}
