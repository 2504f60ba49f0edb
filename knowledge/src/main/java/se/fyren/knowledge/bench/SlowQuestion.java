package se.fyren.knowledge.bench;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A timed question with the median CPU time of Fyren's answers to it. With each question
 * asked in every pass, a p99 over all samples lies among the samples of the few slowest
 * questions: these are what a p99 is made of.
 *
 * @param question the question as asked
 * @param medianCpuMillis the median over all of its timed answers
 */
public record SlowQuestion(String question, double medianCpuMillis) {

	// Enough of the question to find it in its set.
	private static final int SHOWN_CHARS = 70;

	/**
	 * The {@code count} questions with the highest median CPU time, slowest first.
	 * {@code cpuMillis[i]} holds every timed answer to {@code questions.get(i)}.
	 */
	static List<SlowQuestion> slowest(List<String> questions, double[][] cpuMillis, int count) {
		return IntStream.range(0, questions.size())
			.mapToObj(i -> new SlowQuestion(questions.get(i), median(cpuMillis[i])))
			.sorted(Comparator.comparingDouble(SlowQuestion::medianCpuMillis).reversed())
			.limit(count)
			.toList();
	}

	private static double median(double[] samples) {
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	String line() {
		String shown = question.length() <= SHOWN_CHARS ? question : question.substring(0, SHOWN_CHARS) + "…";
		return String.format(Locale.ROOT, "  slowest    Fyren cpu p50 %.2f ms  %s%n", medianCpuMillis, shown);
	}

}
