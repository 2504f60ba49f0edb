package se.fyren.knowledge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.Passage;
import se.fyren.knowledge.bench.BenchmarkReport.Latency;
import se.fyren.knowledge.ingest.Report;
import se.fyren.knowledge.ingest.ReportFolders;

/**
 * Measures the knowledge engine beside bare Lucene ({@link BareLucene}) on the same
 * passages, in the same run: on the corpus and on the corpus replicated under new doc ids
 * with each copy's words slightly changed, so that copies neither share Strings nor are
 * the same text. Both engines are warmed up first; then questions are timed in rounds,
 * Fyren and bare Lucene in turn for each question, in wall time and in the thread's CPU
 * time, and each percentile is given with its range over the rounds. Each size gets fresh
 * indexes in a temporary directory.
 */
public final class KnowledgeBenchmark {

	// Enough passes for the JIT to compile the search and answer paths of both engines.
	private static final int WARMUP_PASSES = 5;

	private static final int ROUNDS = 5;

	// With the 45 dev questions, 225 samples a round and 1125 in all: a p99 over all is
	// not just the slowest question.
	private static final int PASSES_PER_ROUND = 5;

	// Every tenth long word (by its hash, shifted per copy) of a copy has two letters
	// swapped, as a typo would: the copies' texts differ without growing the vocabulary
	// beyond what ten versions of it hold.
	private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{6,}");

	private static final int CHANGED_ONE_IN = 10;

	private static final int BARE_COUNT = 10;

	// A p99 over all samples falls among the slowest question's own samples (25 of
	// 1125), so the few slowest questions are what it is made of.
	private static final int SLOWEST_SHOWN = 3;

	// CPU time beside wall time: on a machine shared with other work, a question's wall
	// time is mostly waiting for a core, its CPU time is what it costs.
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final KnowledgeSettings settings;

	private final List<String> questions;

	public KnowledgeBenchmark(KnowledgeSettings settings, List<String> questions) {
		this.settings = settings;
		this.questions = List.copyOf(questions);
	}

	public List<BenchmarkReport> run(int... copies) {
		List<Report> reports = new ReportFolders(settings.reportFolders(), settings.read()).loadAll();
		List<BenchmarkReport> results = new ArrayList<>();
		for (int n : copies) {
			results.add(measure(new Replicas(reports, n)));
		}
		return results;
	}

	private BenchmarkReport measure(Replicas reports) {
		int copies = reports.copies();
		Path data = temporaryDirectory();
		KnowledgeSettings benchSettings = new KnowledgeSettings(List.of(), data, settings.thesaurusFiles(),
				settings.search(), settings.answer(), settings.read());
		try (KnowledgeBase knowledge = new KnowledgeBase(benchSettings)) {
			resetPeaks();
			long start = System.nanoTime();
			knowledge.rebuildFrom(reports);
			double buildSeconds = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			try (BareLucene bare = BareLucene.build(data.resolve("bare"), reports)) {
				double bareBuildSeconds = (System.nanoTime() - start) / 1e9;
				for (int i = 0; i < WARMUP_PASSES; i++) {
					for (String question : questions) {
						knowledge.ask(question);
						bare.search(question, BARE_COUNT);
					}
				}
				List<double[]> fyren = new ArrayList<>();
				List<double[]> baseline = new ArrayList<>();
				List<double[]> fyrenCpu = new ArrayList<>();
				List<double[]> baselineCpu = new ArrayList<>();
				double fyrenMillis = 0;
				double[][] perQuestion = new double[questions.size()][ROUNDS * PASSES_PER_ROUND];
				int asked = 0;
				for (int round = 0; round < ROUNDS; round++) {
					double[] f = new double[questions.size() * PASSES_PER_ROUND];
					double[] b = new double[f.length];
					double[] fc = new double[f.length];
					double[] bc = new double[f.length];
					int k = 0;
					for (int pass = 0; pass < PASSES_PER_ROUND; pass++, asked++) {
						for (int q = 0; q < questions.size(); q++) {
							String question = questions.get(q);
							long tc = THREADS.getCurrentThreadCpuTime();
							long t = System.nanoTime();
							knowledge.ask(question);
							long u = System.nanoTime();
							long uc = THREADS.getCurrentThreadCpuTime();
							bare.search(question, BARE_COUNT);
							long v = System.nanoTime();
							long vc = THREADS.getCurrentThreadCpuTime();
							f[k] = (u - t) / 1e6;
							b[k] = (v - u) / 1e6;
							fc[k] = (uc - tc) / 1e6;
							bc[k] = (vc - uc) / 1e6;
							perQuestion[q][asked] = fc[k];
							fyrenMillis += fc[k++];
						}
					}
					fyren.add(f);
					baseline.add(b);
					fyrenCpu.add(fc);
					baselineCpu.add(bc);
				}
				long peak = heapPeak();
				System.gc();
				long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
				// A copy has its original's length and passages: letters are swapped, not
				// added.
				double megabytes = copies * reports.original()
					.stream()
					.mapToLong(r -> r.cleanedText().getBytes(StandardCharsets.UTF_8).length)
					.sum() / 1e6;
				int passages = copies * reports.original().stream().mapToInt(r -> r.passages().size()).sum();
				int timed = questions.size() * PASSES_PER_ROUND * ROUNDS;
				return new BenchmarkReport(copies, passages, megabytes, timed, ROUNDS, buildSeconds, bareBuildSeconds,
						new Latency(Spread.of(fyren, 0.50), Spread.of(fyren, 0.99), Spread.of(baseline, 0.50),
								Spread.of(baseline, 0.99)),
						new Latency(Spread.of(fyrenCpu, 0.50), Spread.of(fyrenCpu, 0.99), Spread.of(baselineCpu, 0.50),
								Spread.of(baselineCpu, 0.99)),
						fyrenMillis / timed, SlowQuestion.slowest(questions, perQuestion, SLOWEST_SHOWN),
						size(data.resolve("index")), size(data.resolve("bare")), used, peak);
			}
		}
		finally {
			delete(data);
		}
	}

	/**
	 * The corpus n times over, each copy after the first under new doc ids and with its
	 * words slightly changed ({@link #CHANGED_ONE_IN}), as if n times as many reports.
	 * Copies are made as they are iterated and dropped after use, so the corpus is never
	 * in memory whole (x1000 is about 400 MB of text); each iteration makes them anew,
	 * the same.
	 */
	record Replicas(List<Report> original, int copies) implements Iterable<Report> {

		@Override
		public Iterator<Report> iterator() {
			return IntStream.range(0, copies)
				.boxed()
				.flatMap(copy -> original.stream().map(report -> copy == 0 ? report : copy(report, copy)))
				.iterator();
		}

		private static Report copy(Report report, int copy) {
			String doc = report.docId() + "-copy" + copy;
			List<Passage> passages = report.passages()
				.stream()
				.map(p -> new Passage(p.id().replace(report.docId(), doc), doc, p.title(), p.section(), p.page(),
						p.start(), p.end(), changed(p.text(), copy), p.collection(), p.sections()))
				.toList();
			return new Report(doc, report.path().resolveSibling(doc), report.fingerprint() + "-" + copy, report.title(),
					changed(report.cleanedText(), copy), passages, report.publisher());
		}

	}

	/**
	 * The text with some long words' third and fourth letters swapped; always a new
	 * String.
	 */
	static String changed(String text, int copy) {
		Matcher words = LONG_WORD.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int last = 0;
		while (words.find()) {
			String word = words.group();
			if (Math.floorMod(word.hashCode() + copy, CHANGED_ONE_IN) == 0) {
				out.append(text, last, words.start() + 2).append(word.charAt(3)).append(word.charAt(2));
				last = words.start() + 4;
			}
		}
		return out.append(text, last, text.length()).toString();
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
