package se.fyren.knowledge.analysis;

/**
 * How a term of a question arose. Searching weighs a term by its role, so the word the
 * user wrote keeps full weight and an alternative never stands in for it.
 */
public enum TermRole {

	/** The word as written (stemmed, or kept whole as a bare noun). */
	WRITTEN,
	/** An alternative from the thesaurus (a Swedish synonym or an English gloss). */
	SYNONYM,
	/** A part of a compound the user wrote ("fattigdom" of "barnfattigdom"). */
	PART,
	/** The reports' word a typo away from one they never use. */
	CORRECTION,
	/**
	 * A word of like meaning from the general synonym lexicon: weighed low, and never
	 * what makes a word known.
	 */
	RELATED

}
