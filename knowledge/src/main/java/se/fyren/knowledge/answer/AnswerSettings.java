package se.fyren.knowledge.answer;

/**
 * How answers are drawn from the ranked passages.
 *
 * @param passagesRead how many of the best passages the answer sentences may come from
 * @param minCoverage the share of the question's weight (rare words weigh most) that the
 * best passage must cover; below it Fyren says the reports do not hold the answer
 * @param maxSentences at most this many sentences in an answer
 * @param maxChars an answer stops growing past this length
 * @param rankDecay how much a sentence's score drops for each rank its passage is below
 * the first
 * @param maxUnknownShare a Swedish question whose words unknown to the reports carry this
 * share of its weight is about something the reports do not cover
 */
public record AnswerSettings(int passagesRead, double minCoverage, int maxSentences, int maxChars, double rankDecay,
		double maxUnknownShare) {

	public static final AnswerSettings DEFAULT = new AnswerSettings(3, 0.3, 3, 500, 0.3, 0.27);

}
