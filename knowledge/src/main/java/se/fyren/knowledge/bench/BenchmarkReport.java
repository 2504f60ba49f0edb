package se.fyren.knowledge.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Figures for one corpus size, Fyren beside bare Lucene measured in the same run: build
 * time, question latency in wall and in CPU time (a whole answer for Fyren, a top-ten
 * search for bare Lucene), index size and Fyren's heap.
 *
 * @param timed how many questions each engine answered in the measured rounds
 * @param slowest the questions Fyren took longest to answer, slowest first
 * @param heapPeakBytes the heap's peak while Fyren built its index and answered
 */
public record BenchmarkReport(int copies, int passages, double megabytes, int timed, int rounds, double buildSeconds,
		double bareBuildSeconds, Latency wall, Latency cpu, double meanCpuMillis, List<SlowQuestion> slowest,
		long indexBytes, long bareIndexBytes, long heapUsedBytes, long heapPeakBytes) {

	public BenchmarkReport {
		slowest = List.copyOf(slowest);
	}

	public double megabytesPerSecond() {
		return megabytes / buildSeconds;
	}

	/** Questions a second on one thread, from the mean CPU time of an answer. */
	public double questionsPerSecond() {
		return 1000 / meanCpuMillis;
	}

	/** Question latency percentiles of both engines, in wall or CPU time. */
	public record Latency(Spread p50, Spread p99, Spread bareP50, Spread bareP99) {

		String lines(String kind) {
			return String.format(Locale.ROOT, """
					  %s p50  Fyren %s   bare %s   ratio %.1f×
					  %s p99  Fyren %s   bare %s   ratio %.1f×
					""", kind, p50.millis(), bareP50.millis(), p50.all() / bareP50.all(), kind, p99.millis(),
					bareP99.millis(), p99.all() / bareP99.all());
		}

	}

	public String summary() {
		int cores = Runtime.getRuntime().availableProcessors();
		return String.format(Locale.ROOT, """
				corpus x%d: %d passages, %.1f MB text; %d questions timed per engine in %d rounds, interleaved
				  build      Fyren %.1f s (%.2f MB/s)   bare %.1f s   ratio %.1f×
				%s%s%s  index      Fyren %.1f MB   bare %.1f MB   ratio %.2f×
				  heap       used %.0f MB after, peak %.0f MB
				  in-process limit  %.0f questions/s on one thread × %d cores = %.0f questions/s""", copies, passages,
				megabytes, timed, rounds, buildSeconds, megabytesPerSecond(), bareBuildSeconds,
				buildSeconds / bareBuildSeconds, wall.lines("wall"), cpu.lines("cpu "),
				slowest.stream().map(SlowQuestion::line).collect(Collectors.joining()), indexBytes / 1e6,
				bareIndexBytes / 1e6, (double) indexBytes / bareIndexBytes, heapUsedBytes / 1e6, heapPeakBytes / 1e6,
				questionsPerSecond(), cores, questionsPerSecond() * cores);
	}

}
