package se.fyren.knowledge.answer;

/**
 * How answers are drawn from the ranked passages; tuned on the dev questions, checked on
 * the validation set.
 *
 * @param passagesRead how many of the best passages the answer units may come from
 * @param minCoverage the share of the question's weight (rare words weigh most) that the
 * best passage must cover; below it Fyren says the reports do not hold the answer. Asked
 * which municipality, a unit that names one must cover as much to answer in place of the
 * unit that covers the question best
 * @param maxSentences at most this many units in an answer
 * @param maxChars an answer stops growing past this length
 * @param rankDecay how much a unit's score drops for each rank its passage is below the
 * first
 * @param kindBoost how much more a unit that holds the asked-for kind of answer (a date
 * for "när", a list for "vilka") scores
 * @param strongCoverage a unit covering this share of the question answers a count
 * without a figure
 * @param listPassagesRead a question that asks for a list may take a list from this many
 * of the best passages: the passage that holds a list is often not the one that names the
 * question's words most often
 * @param listRankDecay how much a list's score drops for each rank of its passage, when
 * the question asks for a list
 * @param sectionShare how much of what a sentence's section headings add to the question
 * it covers counts for it, also for a sentence that names nothing of the question: a
 * sentence need not repeat its heading's words to be about them, but one that names them
 * itself counts for more
 */
public record AnswerSettings(int passagesRead, double minCoverage, int maxSentences, int maxChars, double rankDecay,
		double kindBoost, double strongCoverage, int listPassagesRead, double listRankDecay, double sectionShare) {

	public static final AnswerSettings DEFAULT = new AnswerSettings(3, 0.3, 5, 500, 0.3, 1.0, 0.6, 5, 0.15, 0.3);

	public AnswerSettings {
		if (passagesRead < 1 || maxSentences < 1 || maxChars < 1 || listPassagesRead < passagesRead) {
			throw new IllegalArgumentException(
					"passagesRead, maxSentences and maxChars must be positive, listPassagesRead at least passagesRead: "
							+ passagesRead + ", " + maxSentences + ", " + maxChars);
		}
		if (minCoverage < 0 || minCoverage > 1 || strongCoverage < 0 || strongCoverage > 1 || kindBoost < 0
				|| rankDecay < 0 || rankDecay >= 1 || listRankDecay < 0
				|| listRankDecay * (listPassagesRead - 1) >= 1) {
			throw new IllegalArgumentException("answer shares must lie in [0, 1] and boosts be positive");
		}
		// Written so that NaN fails too: every score would be NaN and answers junk.
		if (!(sectionShare >= 0 && sectionShare <= 1)) {
			throw new IllegalArgumentException("sectionShare must lie in [0, 1], was " + sectionShare);
		}
	}

}
