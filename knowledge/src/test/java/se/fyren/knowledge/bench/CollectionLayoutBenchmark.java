package se.fyren.knowledge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import se.fyren.knowledge.CollectionNames;
import se.fyren.knowledge.Passage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.analysis.CompoundParts;
import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.Thesaurus;
import se.fyren.knowledge.eval.EvalQuestion;
import se.fyren.knowledge.eval.Evaluation;
import se.fyren.knowledge.index.IndexSnapshot;
import se.fyren.knowledge.index.PassageIndex;
import se.fyren.knowledge.ingest.Report;
import se.fyren.knowledge.ingest.ReportFolders;
import se.fyren.knowledge.ingest.ReportLoader;
import se.fyren.knowledge.ingest.UnreadableReportException;
import se.fyren.knowledge.search.PassageSearcher;
import se.fyren.knowledge.search.SearchSettings;

/**
 * One index with a collection field (filtered at query time) against one index per
 * collection (searched together with the shared reports' index): build time, adding one
 * document, and query latency with spread, at 200 collections of 50 small documents each.
 * For the layout kept (one index), also the throughput of added documents as a team adds
 * them: the fixtures' PDF and DOCX files and the corpus's text files read from their
 * bytes, cleaned, chunked and committed one at a time into the full index (MB/s and
 * documents/s, with the slowest document). Arguments: collections, documents per
 * collection, rounds.
 *
 * <pre>
 * java -cp knowledge/target/test-classes:knowledge/target/classes:$(cat knowledge/target/cp.txt) \
 *   se.fyren.knowledge.bench.CollectionLayoutBenchmark 200 50 3
 * </pre>
 */
public final class CollectionLayoutBenchmark {

	/** A small document: four passages (about a page and a half). */
	private static final int PASSAGES_PER_DOCUMENT = 4;

	private static final int WARMUP_QUESTIONS = 100;

	/** Each round adds every intake file this many times, under new ids. */
	private static final int INTAKE_PASSES = 3;

	public static void main(String[] args) throws IOException {
		int collections = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int perCollection = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		List<Report> reports = new ReportFolders(List.of(SharedData.CORPUS)).loadAll();
		List<String> questions = Evaluation.read(SharedData.DEV_QUESTIONS)
			.stream()
			.map(EvalQuestion::question)
			.toList();
		Thesaurus thesaurus = Thesaurus.load(SharedData.thesaurus());
		CompoundParts parts = CompoundParts.learn(reports.stream().map(Report::cleanedText).toList());
		NounLemmas nounLemmas = NounLemmas.swedish();
		Function<CompoundParts, SwedishAnalysis> analysis = p -> new SwedishAnalysis(p, thesaurus, nounLemmas);
		Map<String, List<Report>> byCollection = new HashMap<>();
		byCollection.put(CollectionNames.REPORTS, reports);
		List<Passage> pool = reports.stream().flatMap(r -> r.passages().stream()).toList();
		for (int c = 0; c < collections; c++) {
			List<Report> docs = new ArrayList<>();
			for (int d = 0; d < perCollection; d++) {
				docs.add(smallDocument("c" + c, "c" + c + "-d" + d, pool, c * perCollection + d));
			}
			byCollection.put("c" + c, docs);
		}
		System.out.printf("%d collections x %d documents x %d passages, plus the corpus (%d passages)%n", collections,
				perCollection, PASSAGES_PER_DOCUMENT, pool.size());
		for (int round = 1; round <= rounds; round++) {
			single(byCollection, parts, analysis, questions, collections, round);
			perCollection(byCollection, parts, analysis, questions, collections, round);
		}
	}

	private static void single(Map<String, List<Report>> byCollection, CompoundParts parts,
			Function<CompoundParts, SwedishAnalysis> analysis, List<String> questions, int collections, int round)
			throws IOException {
		Path dir = Files.createTempDirectory("fyren-layout-single");
		try (PassageIndex index = new PassageIndex(dir, analysis)) {
			List<Report> all = byCollection.values().stream().flatMap(List::stream).toList();
			long start = System.nanoTime();
			index.update(parts, true, all, List.of(), manifest(all));
			double build = seconds(start);
			double[] adds = adds(index, parts, byCollection.get("c0"));
			intake(index, parts, round);
			PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);
			double[] latencies = queries(questions, collections, (question, collection) -> {
				Query filter = new TermInSetQuery(PassageIndex.COLLECTION,
						List.of(new BytesRef(CollectionNames.REPORTS), new BytesRef(collection)));
				IndexSnapshot snapshot = index.acquire();
				try {
					return searcher.search(snapshot, searcher.analyze(snapshot, question), 10, filter).size();
				}
				finally {
					index.release(snapshot);
				}
			});
			print("one index   ", round, build, adds, latencies, size(dir), 1);
		}
		finally {
			delete(dir);
		}
	}

	private static void perCollection(Map<String, List<Report>> byCollection, CompoundParts parts,
			Function<CompoundParts, SwedishAnalysis> analysis, List<String> questions, int collections, int round)
			throws IOException {
		Path root = Files.createTempDirectory("fyren-layout-many");
		Map<String, PassageIndex> indexes = new HashMap<>();
		try {
			long start = System.nanoTime();
			for (Map.Entry<String, List<Report>> collection : byCollection.entrySet()) {
				PassageIndex index = new PassageIndex(root.resolve(collection.getKey()), analysis);
				indexes.put(collection.getKey(), index);
				index.update(parts, true, collection.getValue(), List.of(), manifest(collection.getValue()));
			}
			double build = seconds(start);
			double[] adds = adds(indexes.get("c0"), parts, byCollection.get("c0"));
			PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);
			SwedishAnalysis shared = analysis.apply(parts);
			double[] latencies = queries(questions, collections, (question, collection) -> {
				IndexSnapshot reports = indexes.get(CollectionNames.REPORTS).acquire();
				IndexSnapshot own = indexes.get(collection).acquire();
				try (MultiReader both = new MultiReader(new org.apache.lucene.index.IndexReader[] {
						reports.searcher().getIndexReader(), own.searcher().getIndexReader() }, false)) {
					IndexSnapshot snapshot = new IndexSnapshot(new IndexSearcher(both), shared);
					return searcher.search(snapshot, searcher.analyze(snapshot, question), 10).size();
				}
				finally {
					indexes.get(CollectionNames.REPORTS).release(reports);
					indexes.get(collection).release(own);
				}
			});
			print("per collection", round, build, adds, latencies, size(root), indexes.size());
		}
		finally {
			indexes.values().forEach(PassageIndex::close);
			delete(root);
		}
	}

	@FunctionalInterface
	private interface Search {

		int run(String question, String collection) throws IOException;

	}

	private static double[] queries(List<String> questions, int collections, Search search) throws IOException {
		Random random = new Random(17);
		for (int i = 0; i < WARMUP_QUESTIONS; i++) {
			search.run(questions.get(i % questions.size()), "c" + random.nextInt(collections));
		}
		int count = questions.size() * 5;
		double[] latencies = new double[count];
		for (int i = 0; i < count; i++) {
			String collection = "c" + random.nextInt(collections);
			long start = System.nanoTime();
			search.run(questions.get(i % questions.size()), collection);
			latencies[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(latencies);
		return latencies;
	}

	/** Adding ten documents one at a time, each committed: milliseconds per add. */
	private static double[] adds(PassageIndex index, CompoundParts parts, List<Report> template) {
		double[] millis = new double[10];
		Map<String, String> manifest = new HashMap<>(index.manifest());
		for (int i = 0; i < millis.length; i++) {
			Report base = template.get(i);
			Report added = new Report(base.docId() + "-added", Path.of("stored", base.docId() + "-added"),
					base.fingerprint(), base.title(), base.cleanedText(), base.passages(), 0, base.collection());
			manifest.put(added.path().toString(), added.fingerprint());
			long start = System.nanoTime();
			index.update(parts, false, List.of(added), List.of(), manifest);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	/**
	 * Adds the intake files one at a time as an upload is added: read from bytes (Tika
	 * for PDF and DOCX), cleaned, chunked, indexed and committed.
	 */
	private static void intake(PassageIndex index, CompoundParts parts, int round) throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> formats = Files.list(SharedData.FORMATS);
				Stream<Path> corpus = Files.list(SharedData.CORPUS)) {
			formats.sorted().forEach(files::add);
			corpus.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md"))
				.sorted()
				.forEach(files::add);
		}
		ReportLoader loader = new ReportLoader();
		Map<String, String> manifest = new HashMap<>(index.manifest());
		double[] millis = new double[files.size() * INTAKE_PASSES];
		long bytes = 0;
		long start = System.nanoTime();
		for (int pass = 0; pass < INTAKE_PASSES; pass++) {
			for (int f = 0; f < files.size(); f++) {
				Path file = files.get(f);
				byte[] content = Files.readAllBytes(file);
				String id = "intake-" + round + "-" + pass + "-" + f;
				long one = System.nanoTime();
				Report report;
				try {
					report = loader.load(id, file.getFileName().toString(), content, id, "c" + f);
				}
				catch (UnreadableReportException ex) {
					throw new IllegalStateException("A fixture could not be read: " + ex.getMessage(), ex);
				}
				manifest.put(report.path().toString(), report.fingerprint());
				index.update(parts, false, List.of(report), List.of(), manifest);
				millis[pass * files.size() + f] = (System.nanoTime() - one) / 1e6;
				bytes += content.length;
			}
		}
		double total = seconds(start);
		Arrays.sort(millis);
		System.out.printf(
				"round %d intake into one index  %d documents, %.1f MB in %.1f s: %.2f MB/s, %.1f documents/s  per document p50 %6.1f ms max %6.1f ms%n",
				round, millis.length, bytes / 1e6, total, bytes / 1e6 / total, millis.length / total,
				percentile(millis, 0.5), millis[millis.length - 1]);
	}

	private static Report smallDocument(String collection, String docId, List<Passage> pool, int seed) {
		List<Passage> passages = new ArrayList<>();
		int from = (seed * 7) % (pool.size() - PASSAGES_PER_DOCUMENT);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < PASSAGES_PER_DOCUMENT; i++) {
			Passage p = pool.get(from + i);
			passages.add(new Passage(docId + "#" + i, docId, "Dokument " + docId, p.section(), p.page(), p.start(),
					p.end(), p.text()));
			text.append(p.text()).append('\n');
		}
		return new Report(docId, Path.of("stored", docId), docId, "Dokument " + docId, text.toString(), passages, 0,
				collection);
	}

	private static Map<String, String> manifest(List<Report> reports) {
		Map<String, String> manifest = new HashMap<>();
		reports.forEach(report -> manifest.put(report.path().toString(), report.fingerprint()));
		return manifest;
	}

	private static void print(String layout, int round, double build, double[] adds, double[] latencies, long bytes,
			int indexes) {
		System.out.printf(
				"round %d %-14s indexes %3d  build %5.1f s  add one p50 %6.1f ms max %6.1f ms  query p50 %5.1f ms p90 %5.1f ms p99 %5.1f ms  size %5.1f MB%n",
				round, layout, indexes, build, percentile(adds, 0.5), adds[adds.length - 1], percentile(latencies, 0.5),
				percentile(latencies, 0.9), percentile(latencies, 0.99), bytes / 1e6);
	}

	private static double percentile(double[] sorted, double q) {
		int index = (int) Math.ceil(q * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static long size(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
	}

}
