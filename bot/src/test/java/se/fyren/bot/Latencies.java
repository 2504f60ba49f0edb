package se.fyren.bot;

/**
 * The figures the load benchmarks print from their measured latencies (nanoseconds,
 * sorted), so the Slack and the web benchmark read them the same way.
 */
public final class Latencies {

	private Latencies() {
	}

	/** The nearest-rank percentile; 0 when nothing was measured. */
	public static long percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	public static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

}
