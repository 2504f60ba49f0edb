package se.fyren.knowledge.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A latency percentile over all timed questions, with the lowest and highest that
 * percentile was in any single round: how far one run's figure can be trusted.
 */
public record Spread(double all, double lowest, double highest) {

	/** The percentile {@code q} of all samples, and its range over the rounds. */
	static Spread of(List<double[]> rounds, double q) {
		double lowest = Double.MAX_VALUE;
		double highest = 0;
		for (double[] round : rounds) {
			double value = percentile(round, q);
			lowest = Math.min(lowest, value);
			highest = Math.max(highest, value);
		}
		double[] all = rounds.stream().flatMapToDouble(Arrays::stream).toArray();
		return new Spread(percentile(all, q), lowest, highest);
	}

	private static double percentile(double[] samples, double q) {
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(q * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	String millis() {
		return String.format(Locale.ROOT, "%.2f ms (rounds %.2f–%.2f)", all, lowest, highest);
	}

}
