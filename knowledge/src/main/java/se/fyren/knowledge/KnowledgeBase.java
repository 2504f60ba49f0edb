package se.fyren.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.function.Function;

import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.RelatedWords;
import se.fyren.knowledge.analysis.CompoundParts;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.Thesaurus;
import se.fyren.knowledge.answer.AnswerExtractor;
import se.fyren.knowledge.answer.KindAsked;
import se.fyren.knowledge.answer.TwoPartQuestion;
import se.fyren.knowledge.index.IndexChange;
import se.fyren.knowledge.index.IndexInUseException;
import se.fyren.knowledge.index.IndexSnapshot;
import se.fyren.knowledge.index.PassageIndex;
import se.fyren.knowledge.index.SpilledReports;
import se.fyren.knowledge.ingest.DocumentReader;
import se.fyren.knowledge.ingest.FailedReports;
import se.fyren.knowledge.ingest.MetadataCatalog;
import se.fyren.knowledge.ingest.ReadLimits;
import se.fyren.knowledge.ingest.ReadProgress;
import se.fyren.knowledge.ingest.Report;
import se.fyren.knowledge.ingest.ReportLoader;
import se.fyren.knowledge.ingest.ReportFolders;
import se.fyren.knowledge.ingest.UnreadableReportException;
import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.PassageSearcher;
import se.fyren.knowledge.search.TermCounts;

/**
 * Fyren's knowledge of the reports: keeps the index in step with the report folders and
 * answers questions from it. Thread-safe; one instance per data directory.
 */
public final class KnowledgeBase implements AutoCloseable {

	/** At least this many passages come with every answer that was found. */
	public static final int PASSAGES = 10;

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

	private final int answeredOncePassages;

	/**
	 * Where a stored document's passages come from in the manifest: relative, so never
	 * one of the folders' absolute paths.
	 */
	private static final String STORED_PREFIX = "stored/";

	/** A stored document's id is also its doc id in citations: letters, digits, '-'. */
	private static final Pattern STORED_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private final ReportLoader loader;

	private final ReadLimits readLimits;

	private final PassageIndex index;

	private final PassageSearcher searcher;

	private final AnswerExtractor extractor;

	private final ReportFolders folders;

	private final FailedReports failed;

	private final Path dataDirectory;

	/**
	 * Writes the index, and fails with {@link IndexInUseException} if another process
	 * does.
	 */
	public KnowledgeBase(KnowledgeSettings settings) {
		this(settings, false);
	}

	private KnowledgeBase(KnowledgeSettings settings, boolean readOnly) {
		this.readLimits = settings.read();
		this.loader = new ReportLoader(readLimits);
		this.folders = new ReportFolders(settings.reportFolders(), readLimits);
		Thesaurus thesaurus = Thesaurus.load(settings.thesaurusFiles());
		Path indexDir = settings.dataDirectory().resolve("index");
		try {
			Files.createDirectories(indexDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + indexDir, ex);
		}
		this.failed = new FailedReports(settings.dataDirectory());
		this.dataDirectory = settings.dataDirectory();
		NounLemmas nounLemmas = NounLemmas.swedish();
		Function<CompoundParts, SwedishAnalysis> analysis = parts -> new SwedishAnalysis(parts, thesaurus, nounLemmas);
		this.index = readOnly ? PassageIndex.readOnly(indexDir, analysis) : new PassageIndex(indexDir, analysis);
		this.searcher = new PassageSearcher(settings.search(), RelatedWords.swedish(nounLemmas.wordClasses()));
		this.answeredOncePassages = settings.search().rerankPool();
		this.extractor = new AnswerExtractor(settings.answer(), nounLemmas.wordClasses());
	}

	/**
	 * Writes the index when no other process does; beside a running server, which holds
	 * the write lock, reads the server's commits instead ({@link #writable()} false,
	 * {@link #refresh()} refused).
	 */
	public static KnowledgeBase openShared(KnowledgeSettings settings) {
		try {
			return new KnowledgeBase(settings);
		}
		catch (IndexInUseException ex) {
			log.debug("Index held by another process; reading its commits", ex);
			return new KnowledgeBase(settings, true);
		}
	}

	/** The limits each report and upload is read within. */
	public ReadLimits readLimits() {
		return readLimits;
	}

	/** False when another process writes the index and this one only reads it. */
	public boolean writable() {
		return index.writable();
	}

	/**
	 * Brings the index in step with the report folders: unchanged files are not read
	 * again, changed ones are replaced, removed ones dropped, unreadable ones skipped
	 * with a log line naming them.
	 */
	public IndexChange refresh() {
		return refresh(IndexProgress.NONE);
	}

	/**
	 * Refreshes as {@link #refresh()} does, telling {@code progress} after each report. A
	 * file that failed before is not read again until it changes.
	 */
	public synchronized IndexChange refresh(IndexProgress progress) {
		if (!index.writable()) {
			throw new IllegalStateException("The index is written by another process; it cannot be refreshed here");
		}
		ReportFolders.ReportFiles scan = folders.scan();
		Map<String, Path> files = scan.files();
		Map<String, String> indexed = index.manifest();
		boolean rebuild = index.parts().isEmpty();
		MetadataCatalog metadata = folders.metadata();

		List<String> added = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		Map<String, String> manifest = new TreeMap<>();
		int unchanged = 0;
		for (String refused : scan.refused()) {
			log.warn("Skipped report {}", refused);
			skipped.add(refused);
		}
		int passages = 0;
		List<String> removed;
		// Read reports wait in a file, not in the heap, until the compound parts are
		// learned from all of them (a rebuild) and they can be indexed one at a time.
		CompoundParts.Learner learner = new CompoundParts.Learner();
		try (SpilledReports reports = new SpilledReports(dataDirectory)) {
			int done = 0;
			progress.reports(done, files.size());
			for (Map.Entry<String, Path> file : files.entrySet()) {
				progress.reports(done++, files.size());
				String known = indexed.get(file.getKey());
				String fingerprint = fingerprint(file.getValue());
				if (!rebuild && fingerprint.equals(known)) {
					manifest.put(file.getKey(), known);
					unchanged++;
					continue;
				}
				Optional<String> failedBefore = failed.reason(fingerprint);
				if (failedBefore.isPresent()) {
					String reason = file.getValue().getFileName() + ": failed before (" + failedBefore.get()
							+ "); not read again until it changes";
					log.warn("Skipped report {}", reason);
					skipped.add(reason);
					continue;
				}
				try {
					Report report = folders.load(file.getValue(), metadata);
					if (rebuild) {
						learner.add(report.cleanedText());
					}
					reports.add(report);
					passages += report.passages().size();
					manifest.put(file.getKey(), report.fingerprint());
					(known == null ? added : updated).add(report.docId());
				}
				catch (UnreadableReportException ex) {
					log.warn("Skipped report {}", ex.getMessage());
					skipped.add(ex.getMessage());
					failed.remember(fingerprint, ex.reason());
				}
			}
			progress.reports(files.size(), files.size());
			// Stored documents come and go through add and remove, not through the
			// folders; a rebuild drops them, and whoever keeps them adds them again
			// (storedDocuments).
			if (!rebuild) {
				indexed.forEach((source, fingerprint) -> {
					if (isStored(source)) {
						manifest.put(source, fingerprint);
					}
				});
			}
			List<String> removedSources = indexed.keySet()
				.stream()
				.filter(path -> !manifest.containsKey(path) && !isStored(path))
				.toList();
			removed = removedSources.stream()
				.map(path -> DocumentReader.docId(Path.of(path).getFileName().toString()))
				.toList();
			boolean changed = !reports.isEmpty() || !removedSources.isEmpty();
			if (rebuild || changed) {
				CompoundParts parts = rebuild ? learner.parts() : index.parts().orElseThrow();
				index.update(parts, rebuild, reports, removedSources, manifest);
			}
		}
		IndexChange change = new IndexChange(added, updated, removed, unchanged, skipped, passages, rebuild);
		log.info("Index refreshed: {} added, {} updated, {} removed, {} unchanged, {} skipped", added.size(),
				updated.size(), removed.size(), unchanged, skipped.size());
		return change;
	}

	/**
	 * Replaces the whole index with the given reports; for benchmarks over generated
	 * corpora. The reports are iterated twice (to learn the compound parts, then to
	 * index), one at a time: a generated corpus need never be in memory whole.
	 */
	public synchronized void rebuildFrom(Iterable<Report> reports) {
		Map<String, String> manifest = new HashMap<>();
		CompoundParts.Learner learner = new CompoundParts.Learner();
		for (Report report : reports) {
			manifest.put(report.path().toString(), report.fingerprint());
			learner.add(report.cleanedText());
		}
		index.update(learner.parts(), true, reports, List.of(), manifest);
	}

	/** Whether a complete index is on disk (built now or before) to answer from. */
	public boolean hasIndex() {
		return index.parts().isPresent();
	}

	/**
	 * Reads a document given as bytes (an upload) into a report of {@code collection},
	 * without indexing it: the same reader, hazard checks and time limit as the report
	 * folders. {@code fileName} gives the format by its extension and must not hold a
	 * path.
	 */
	public Report read(String id, String fileName, byte[] bytes, String title, String collection)
			throws UnreadableReportException {
		return read(id, fileName, bytes, title, collection, ReadProgress.NONE);
	}

	/**
	 * Reads as above, telling {@code progress} page by page (a PDF); searches meanwhile
	 * answer from the committed index, which the document joins only at {@link #add}.
	 */
	public Report read(String id, String fileName, byte[] bytes, String title, String collection, ReadProgress progress)
			throws UnreadableReportException {
		checkStoredId(id);
		if (fileName.contains("/") || fileName.contains("\\")) {
			throw new IllegalArgumentException("A file name without a path is needed, not " + fileName);
		}
		return loader.load(id, fileName, bytes, title, CollectionNames.checked(collection), progress);
	}

	/**
	 * Adds a report read by {@link #read} to the index, replacing one of the same id, and
	 * commits: searches see it at once.
	 */
	public synchronized void add(Report report) {
		requireWritable();
		checkStoredId(report.docId());
		// The compound parts are learned from the reports when the index is first built;
		// a document added before that would fix them empty.
		CompoundParts parts = index.parts()
			.orElseThrow(() -> new IllegalStateException("No index yet to add a document to: refresh it first"));
		Map<String, String> manifest = new TreeMap<>(index.manifest());
		manifest.put(storedSource(report.docId()), report.fingerprint());
		index.update(parts, false, List.of(report), List.of(), manifest);
		log.info("Added document {} to collection {}: {} passages", report.docId(), report.collection(),
				report.passages().size());
	}

	/** Removes a stored document from the index; false when it was not there. */
	public synchronized boolean remove(String id) {
		requireWritable();
		Map<String, String> manifest = new TreeMap<>(index.manifest());
		if (manifest.remove(storedSource(id)) == null) {
			return false;
		}
		index.update(index.parts().orElseThrow(), false, List.of(), List.of(storedSource(id)), manifest);
		log.info("Removed document {}", id);
		return true;
	}

	/**
	 * The ids of the stored documents in the committed index, with their fingerprints.
	 */
	public Map<String, String> storedDocuments() {
		Map<String, String> stored = new TreeMap<>();
		index.manifest().forEach((source, fingerprint) -> {
			if (isStored(source)) {
				stored.put(source.substring(STORED_PREFIX.length()), fingerprint);
			}
		});
		return stored;
	}

	/** Answers from the shared reports only ({@link CollectionNames#REPORTS}). */
	public Answer ask(String question) {
		return ask(question, CollectionNames.REPORTS_ONLY);
	}

	/** Answers from the passages of the given collections only. */
	public Answer ask(String question, Set<String> collections) {
		IndexSnapshot snapshot = index.acquire();
		try {
			// Known words and corrections come from the collections searched only: a word
			// of a private document says nothing anywhere else.
			TermCounts counts = TermCounts.within(snapshot, collections);
			// No filter when the collections searched hold every passage: it would admit
			// them all.
			Query filter = counts.whole() ? null : counts.filter();
			Answer whole = answer(snapshot, question, counts, filter);
			// A question that asks two things of one topic gets both answered: the
			// whole's answer reads for what its first question word asks.
			// A whole not answered is not answered in part either (see
			// TwoPartQuestion#joined): no second search then.
			return whole.found() ? TwoPartQuestion.of(question)
				.map(parts -> TwoPartQuestion.joined(whole, answer(snapshot, parts.second(), counts, filter)))
				.orElse(whole) : whole;
		}
		finally {
			index.release(snapshot);
		}
	}

	private Answer answer(IndexSnapshot snapshot, String question, TermCounts counts, Query filter) {
		AnalyzedQuestion analyzed = searcher.analyze(snapshot, question, counts);
		// Told once: the answer asks it again of the same question.
		KindAsked kind = KindAsked.of(question);
		// A definition or a contact is given once, often in a passage the question's
		// other words rank low (an invitation's contact lines under its dates): its
		// answer reads the whole re-ranked pool.
		int count = extractor.answeredOnce(kind) ? Math.max(PASSAGES, answeredOncePassages) : PASSAGES;
		List<ScoredPassage> ranked = searcher.search(snapshot, analyzed, count, filter, counts);
		return extractor
			.answer(analyzed, kind, ranked, snapshot.analysis().indexAnalyzer(), new IndexVocabulary(counts, searcher),
					passage -> searcher.following(snapshot, passage, filter))
			.showing(PASSAGES);
	}

	/** What the committed index holds: reports, passages, and whether it can answer. */
	/**
	 * The report folders of the settings that are not there now, by absolute path; empty
	 * when every one is.
	 */
	public List<Path> missingReportFolders() {
		return folders.missing();
	}

	public IndexFigures figures() {
		IndexSnapshot snapshot = index.acquire();
		try {
			return new IndexFigures(index.parts().isPresent(), index.manifest().size(),
					snapshot.searcher().getIndexReader().numDocs());
		}
		finally {
			index.release(snapshot);
		}
	}

	private void requireWritable() {
		if (!index.writable()) {
			throw new IllegalStateException(
					"The index is written by another process; documents cannot be changed here");
		}
	}

	private static boolean isStored(String source) {
		return source.startsWith(STORED_PREFIX);
	}

	private static String storedSource(String id) {
		return STORED_PREFIX + id;
	}

	private static void checkStoredId(String id) {
		if (!STORED_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Not a stored document id: " + id);
		}
	}

	private static String fingerprint(Path file) {
		try {
			return DocumentReader.fingerprint(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			return "unreadable";
		}
	}

	@Override
	public void close() {
		index.close();
	}

}
