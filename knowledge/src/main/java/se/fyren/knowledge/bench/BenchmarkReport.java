package se.fyren.knowledge.bench;

import java.util.Locale;

/** Figures for one corpus size: build throughput, query latency, index size and heap. */
public record BenchmarkReport(int copies, int passages, double megabytes, double buildSeconds, double p50Millis,
		double p99Millis, long indexBytes, long heapUsedBytes, long heapPeakBytes) {

	public double megabytesPerSecond() {
		return megabytes / buildSeconds;
	}

	public String summary() {
		return String.format(Locale.ROOT,
				"corpus x%d: %d passages, %.1f MB text, build %.1f s (%.2f MB/s), query p50 %.2f ms p99 %.2f ms, "
						+ "index %.1f MB, heap used %.0f MB (peak %.0f MB)",
				copies, passages, megabytes, buildSeconds, megabytesPerSecond(), p50Millis, p99Millis, indexBytes / 1e6,
				heapUsedBytes / 1e6, heapPeakBytes / 1e6);
	}

}
