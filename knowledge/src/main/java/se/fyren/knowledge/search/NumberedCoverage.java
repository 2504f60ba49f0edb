package se.fyren.knowledge.search;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

/**
 * A question's {@link Coverage} over terms told by number: each known concept's terms by
 * their numbers, summed as
 * {@link Coverage#of(AnalyzedQuestion, java.util.function.Predicate)} sums them (the same
 * order, the same result to the last bit). What a candidate or a sentence holds is then
 * kept as bits, not as sets of Strings looked up by hash.
 */
final class NumberedCoverage {

	private final int[][] numbers;

	private final float[][] weights;

	private final double[] idfs;

	private final double total;

	/**
	 * @param number the number of each term of the question's known concepts
	 */
	NumberedCoverage(AnalyzedQuestion question, ToIntFunction<String> number) {
		List<Concept> known = question.concepts().stream().filter(Concept::known).toList();
		this.numbers = new int[known.size()][];
		this.weights = new float[known.size()][];
		this.idfs = new double[known.size()];
		double sum = 0;
		for (int c = 0; c < known.size(); c++) {
			List<QueryTerm> terms = known.get(c).terms();
			numbers[c] = new int[terms.size()];
			weights[c] = new float[terms.size()];
			for (int t = 0; t < terms.size(); t++) {
				numbers[c][t] = number.applyAsInt(terms.get(t).term());
				weights[c][t] = terms.get(t).weight();
			}
			idfs[c] = known.get(c).idf();
			sum += idfs[c];
		}
		this.total = sum;
	}

	/** The coverage of the terms whose numbers {@code held} holds. */
	double of(IntPredicate held) {
		double covered = 0;
		for (int c = 0; c < idfs.length; c++) {
			double weight = 0;
			for (int t = 0; t < numbers[c].length; t++) {
				if (held.test(numbers[c][t])) {
					weight = Math.max(weight, weights[c][t]);
				}
			}
			covered += idfs[c] * Math.min(weight, 1);
		}
		return total == 0 ? 0 : covered / total;
	}

}
