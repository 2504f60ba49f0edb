package se.fyren.knowledge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.Passage;
import se.fyren.knowledge.ingest.Report;
import se.fyren.knowledge.ingest.ReportFolders;

/**
 * Measures the knowledge engine on the corpus and on the corpus replicated under new doc
 * ids: index build throughput, query latency over a question set, index size and heap.
 * Each size gets a fresh index in a temporary data directory.
 */
public final class KnowledgeBenchmark {

	private static final int WARMUP_ROUNDS = 3;

	private static final int MEASURED_ROUNDS = 5;

	private final KnowledgeSettings settings;

	private final List<String> questions;

	public KnowledgeBenchmark(KnowledgeSettings settings, List<String> questions) {
		this.settings = settings;
		this.questions = List.copyOf(questions);
	}

	public List<BenchmarkReport> run(int... copies) {
		List<Report> reports = new ReportFolders(settings.reportFolders()).loadAll();
		List<BenchmarkReport> results = new ArrayList<>();
		for (int n : copies) {
			results.add(measure(replicate(reports, n), n));
		}
		return results;
	}

	private BenchmarkReport measure(List<Report> reports, int copies) {
		Path data = temporaryDirectory();
		KnowledgeSettings benchSettings = new KnowledgeSettings(List.of(), data, settings.thesaurusFiles(),
				settings.search(), settings.answer());
		try (KnowledgeBase knowledge = new KnowledgeBase(benchSettings)) {
			resetPeaks();
			long start = System.nanoTime();
			knowledge.rebuildFrom(reports);
			double buildSeconds = (System.nanoTime() - start) / 1e9;
			for (int i = 0; i < WARMUP_ROUNDS; i++) {
				questions.forEach(knowledge::ask);
			}
			double[] latencies = new double[questions.size() * MEASURED_ROUNDS];
			int k = 0;
			for (int round = 0; round < MEASURED_ROUNDS; round++) {
				for (String question : questions) {
					long t = System.nanoTime();
					knowledge.ask(question);
					latencies[k++] = (System.nanoTime() - t) / 1e6;
				}
			}
			Arrays.sort(latencies);
			long peak = heapPeak();
			System.gc();
			long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
			double megabytes = reports.stream()
				.mapToLong(r -> r.cleanedText().getBytes(StandardCharsets.UTF_8).length)
				.sum() / 1e6;
			int passages = reports.stream().mapToInt(r -> r.passages().size()).sum();
			return new BenchmarkReport(copies, passages, megabytes, buildSeconds, percentile(latencies, 0.50),
					percentile(latencies, 0.99), size(data.resolve("index")), used, peak);
		}
		finally {
			delete(data);
		}
	}

	/**
	 * The corpus n times over, each copy under new doc ids, as if n times as many
	 * reports.
	 */
	static List<Report> replicate(List<Report> reports, int copies) {
		if (copies == 1) {
			return reports;
		}
		List<Report> out = new ArrayList<>(reports.size() * copies);
		for (int c = 0; c < copies; c++) {
			for (Report report : reports) {
				String doc = report.docId() + "-copy" + c;
				List<Passage> passages = report.passages()
					.stream()
					.map(p -> new Passage(p.id().replace(report.docId(), doc), doc, p.title(), p.section(), p.page(),
							p.start(), p.end(), p.text()))
					.toList();
				out.add(new Report(doc, report.path().resolveSibling(doc), report.fingerprint(), report.title(),
						report.cleanedText(), passages));
			}
		}
		return out;
	}

	private static double percentile(double[] sorted, double q) {
		int index = (int) Math.ceil(q * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("fyren-bench");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a benchmark directory", ex);
		}
	}

	private static long size(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
