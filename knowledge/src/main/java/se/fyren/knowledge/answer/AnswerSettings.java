package se.fyren.knowledge.answer;

/**
 * How answers are drawn from the ranked passages.
 *
 * @param passagesRead how many of the best passages the answer sentences may come from
 * @param minCoverage the share of the question's weight (rare words weigh most) that the best passage
 *     must cover; below it Fyren says the reports do not hold the answer
 * @param maxSentences at most this many sentences in an answer
 * @param maxChars an answer stops growing past this length
 * @param rankDecay how much a sentence's score drops for each rank its passage is below the first
 */
public record AnswerSettings(int passagesRead, double minCoverage, int maxSentences, int maxChars,
		double rankDecay) {

	public static final AnswerSettings DEFAULT = new AnswerSettings(3, 0.5, 3, 500, 0.15);

}
