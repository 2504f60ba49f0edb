package se.fyren.knowledge.answer;

import java.util.function.Predicate;

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

	// Enough of the best unit's opening to find where the answer quotes it.
	private static final int OPENING_CHARS = 40;

	/**
	 * Whether the best unit, with the unit after it, holds what is looked for, or the
	 * answer does before it ("Våren 2022 gav regeringen ett uppdrag … I uppdraget
	 * tillfördes …"): what a sentence stitched on further on holds tells of something
	 * else.
	 */
	boolean heldAtOrBefore(Predicate<String> holds) {
		if (holds.test(text)) {
			return true;
		}
		int at = answer.indexOf(text.substring(0, Math.min(text.length(), OPENING_CHARS)));
		return at < 0 || holds.test(answer.substring(0, at));
	}

}
