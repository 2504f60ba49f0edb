package se.fyren.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.StringHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.analysis.CompoundParts;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.chunk.AnalysedSentences;
import se.fyren.knowledge.chunk.StoredSentences;
import se.fyren.knowledge.ingest.Report;

/**
 * The Lucene index of passages: one long-lived {@link IndexWriter} and a
 * {@link SearcherManager} over commits only, so readers never see a half-built index.
 * Each commit carries the manifest of indexed files (path to fingerprint) and the
 * compound parts its analysis used.
 */
public final class PassageIndex implements AutoCloseable {

	public static final String ID = "id";

	public static final String DOC = "doc";

	public static final String SOURCE = "source";

	public static final String TITLE = "title";

	public static final String SECTION = "section";

	/**
	 * The words that name a passage's report: its title's and its publisher's, whole, as
	 * {@link SwedishAnalysis#nameAnalyzer()} reads them, without the dates a title
	 * carries.
	 */
	public static final String NAME = "name";

	public static final String TEXT = "text";

	/**
	 * The passage to read back, with its sentences and their analysed terms
	 * ({@link IndexedPassage}), so that answering need not split and analyse the passages
	 * it reads.
	 */
	public static final String PASSAGE = "passage";

	/** The collection a passage's document belongs to; searches filter on it. */
	public static final String COLLECTION = "collection";

	/**
	 * The numbered parts of its report (chapters, modules) a passage lies in, as the
	 * part's number ({@link NumberedParts}) and the report's doc id ({@link #partTerm}):
	 * chapter 2 of one report is not chapter 2 of another.
	 */
	public static final String PART = "part";

	/**
	 * The abbreviations a passage writes in capitals ({@link Abbreviations}), in lower
	 * case: the text field cannot tell FAS from "fas".
	 */
	public static final String ABBREVIATION = "abbreviation";

	private static final String PART_OF = "#";

	// A date in a title ("minnesanteckningar 16 september 2014", "(2019)") tells when,
	// not which report: the reports speak of years and months everywhere.
	private static final Pattern DATE_IN_NAME = Pattern.compile(
			"\\d+|(?iu)\\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\\b");

	// Bump when analysis, chunking or the fields change, so an old index is rebuilt
	// instead of misread. 27: a report's passages are recorded under its absolute path,
	// as the manifest lists it (an index of 26 from a relative folder kept the passages
	// of removed reports). 28: abbreviations written in capitals have a field.
	static final String FORMAT = "28";

	private static final String FORMAT_KEY = "fyren.format";

	private static final String PARTS_KEY = "fyren.parts";

	private static final String SOURCE_PREFIX = "source:";

	private static final Logger log = LoggerFactory.getLogger(PassageIndex.class);

	private final Directory directory;

	// Null when read-only: another process (the server) holds the index's write lock.
	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Function<CompoundParts, SwedishAnalysis> analysisFactory;

	private volatile Generation current;

	/**
	 * The analysis of a commit, with the key of the reader it was last acquired through
	 * (the key alone: a closed reader is not kept).
	 */
	private record Generation(Object readerKey, long generation, SwedishAnalysis analysis) {
	}

	public PassageIndex(Path dir, Function<CompoundParts, SwedishAnalysis> analysisFactory) {
		this.analysisFactory = analysisFactory;
		Opened opened;
		try {
			opened = open(dir, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		}
		catch (LockObtainFailedException ex) {
			throw new IndexInUseException(dir, ex);
		}
		catch (IOException ex) {
			// The index is derived from the reports: a damaged one is rebuilt, not a
			// reason to stop.
			log.warn("The index at {} is damaged ({}); it is rebuilt from the reports", dir, ex.toString());
			try {
				opened = open(dir, IndexWriterConfig.OpenMode.CREATE);
			}
			catch (IOException again) {
				throw new UncheckedIOException("Cannot open the index at " + dir, again);
			}
		}
		this.directory = opened.directory();
		this.writer = opened.writer();
		this.searchers = opened.searchers();
	}

	private record Opened(Directory directory, IndexWriter writer, SearcherManager searchers) {
	}

	/**
	 * Opens the index and checks every file's checksum (cheap: the index is a few MB per
	 * hundred reports), so damage shows now rather than in the middle of a question. With
	 * {@code CREATE} whatever was there is dropped.
	 */
	private static Opened open(Path dir, IndexWriterConfig.OpenMode mode) throws IOException {
		Directory directory = FSDirectory.open(dir);
		IndexWriter writer = null;
		SearcherManager searchers = null;
		try {
			if (mode == IndexWriterConfig.OpenMode.CREATE) {
				for (String file : directory.listAll()) {
					if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
						directory.deleteFile(file);
					}
				}
			}
			// Fields are analysed by Fyren's own chain before they reach the writer.
			writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(mode));
			if (!DirectoryReader.indexExists(directory)) {
				writer.commit();
			}
			searchers = new SearcherManager(directory, null);
			IndexSearcher searcher = searchers.acquire();
			try {
				for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
					leaf.reader().checkIntegrity();
				}
			}
			finally {
				searchers.release(searcher);
			}
			return new Opened(directory, writer, searchers);
		}
		catch (IOException | RuntimeException ex) {
			IOUtils.closeWhileHandlingException(searchers, writer, directory);
			throw ex instanceof IOException io ? io : new IOException(ex);
		}
	}

	private PassageIndex(Path dir, Directory directory, Function<CompoundParts, SwedishAnalysis> analysisFactory) {
		this.analysisFactory = analysisFactory;
		this.directory = directory;
		this.writer = null;
		try {
			this.searchers = new SearcherManager(directory, null);
		}
		catch (IOException ex) {
			IOUtils.closeWhileHandlingException(directory);
			throw new UncheckedIOException("Cannot read the index at " + dir, ex);
		}
	}

	/**
	 * The last commit of an index another process writes (the server), without its write
	 * lock: searches follow that process's commits, {@link #update} is refused.
	 */
	public static PassageIndex readOnly(Path dir, Function<CompoundParts, SwedishAnalysis> analysisFactory) {
		try {
			return new PassageIndex(dir, FSDirectory.open(dir), analysisFactory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the index at " + dir, ex);
		}
	}

	/** False when another process holds the write lock and this one only reads. */
	public boolean writable() {
		return writer != null;
	}

	/** The indexed files (path to fingerprint) of the last commit. */
	public Map<String, String> manifest() {
		Map<String, String> manifest = new HashMap<>();
		commitData().forEach((key, value) -> {
			if (key.startsWith(SOURCE_PREFIX)) {
				manifest.put(key.substring(SOURCE_PREFIX.length()), value);
			}
		});
		return manifest;
	}

	/**
	 * The compound parts of the last commit, if it was built by this version of Fyren.
	 */
	public Optional<CompoundParts> parts() {
		Map<String, String> data = commitData();
		if (!FORMAT.equals(data.get(FORMAT_KEY)) || !data.containsKey(PARTS_KEY)) {
			return Optional.empty();
		}
		return Optional.of(CompoundParts.deserialize(data.get(PARTS_KEY)));
	}

	/**
	 * Each report's part of the name given, as {@link #PART} terms: a chapter's or a
	 * module's number ("9"), or a section's word and number ("målområde 2", see
	 * {@link LabelledSections}).
	 */
	public static List<String> parts(IndexReader reader, String name) throws IOException {
		List<String> parts = new ArrayList<>();
		Terms terms = MultiTerms.getTerms(reader, PART);
		if (terms == null) {
			return parts;
		}
		// The name leads the term, so its reports' terms stand together: one seek,
		// not a walk over every report's parts (which grew with the corpus). The
		// name's mark ends it: "1#" does not begin "12#".
		BytesRef prefix = new BytesRef(name + PART_OF);
		TermsEnum each = terms.iterator();
		if (each.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
			return parts;
		}
		for (BytesRef term = each.term(); term != null && StringHelper.startsWith(term, prefix); term = each.next()) {
			parts.add(term.utf8ToString());
		}
		return parts;
	}

	/** The {@link #PART} term of a report's part of the name given. */
	public static String partTerm(String doc, String name) {
		return name + PART_OF + doc;
	}

	/**
	 * Replaces the given reports, removes the given sources, and commits with the new
	 * manifest. With {@code rebuild} everything else is dropped first. Nothing is visible
	 * to searchers before the commit. The reports are indexed one at a time as the
	 * iterable yields them, so they need not all be in memory at once.
	 */
	public synchronized void update(CompoundParts parts, boolean rebuild, Iterable<Report> reports,
			Collection<String> removedSources, Map<String, String> manifest) {
		if (writer == null) {
			throw new IllegalStateException("This index is read-only: another process holds its write lock");
		}
		SwedishAnalysis analysis = analysisFactory.apply(parts);
		Analyzer analyzer = analysis.indexAnalyzer();
		try {
			if (rebuild) {
				writer.deleteAll();
			}
			for (String source : removedSources) {
				writer.deleteDocuments(new Term(SOURCE, source));
			}
			for (Report report : reports) {
				String source = report.path().toString();
				writer.deleteDocuments(new Term(SOURCE, source));
				NumberedParts numbered = new NumberedParts();
				for (Passage passage : report.passages()) {
					writer.addDocument(document(source, report, passage, numbered.of(passage), analysis));
				}
			}
			Map<String, String> data = new HashMap<>();
			data.put(FORMAT_KEY, FORMAT);
			data.put(PARTS_KEY, parts.serialize());
			manifest.forEach((path, fingerprint) -> data.put(SOURCE_PREFIX + path, fingerprint));
			if (rebuild) {
				// A rebuilt index is read far more than it is written: as one segment,
				// each question looks up its terms and sets up its scorers once, not
				// once per segment (about a twentieth of a question's time at x100, with
				// the same scores; the reports alone fit one segment anyway). Later
				// updates add segments as usual.
				writer.forceMerge(1);
			}
			writer.setLiveCommitData(data.entrySet());
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot update the index", ex);
		}
	}

	private static Document document(String source, Report report, Passage passage, Set<String> parts,
			SwedishAnalysis analysis) throws IOException {
		Analyzer analyzer = analysis.indexAnalyzer();
		String collection = report.collection();
		Document doc = new Document();
		parts.forEach(part -> doc.add(new StringField(PART, partTerm(passage.doc(), part), Field.Store.NO)));
		doc.add(new StringField(ID, passage.id(), Field.Store.NO));
		doc.add(new StringField(DOC, passage.doc(), Field.Store.NO));
		doc.add(new StringField(SOURCE, source, Field.Store.NO));
		doc.add(new StringField(COLLECTION, collection, Field.Store.NO));
		Abbreviations.in(passage.text())
			.forEach(abbreviation -> doc.add(new StringField(ABBREVIATION, abbreviation, Field.Store.NO)));
		addText(doc, TITLE, passage.title(), analyzer);
		// People name a report by its title and by its publisher ("dalalab-rapporten");
		// the citation shows the title alone.
		String name = Stream.of(passage.title(), report.publisher())
			.filter(Objects::nonNull)
			.map(words -> DATE_IN_NAME.matcher(words).replaceAll(" "))
			.collect(Collectors.joining(" "));
		addText(doc, NAME, name, analysis.nameAnalyzer());
		addText(doc, SECTION, passage.section(), analyzer);
		// Analysed once: the sentences' terms are read from the stream, then the index
		// reads the same tokens again from the cache.
		CachingTokenFilter text = new CachingTokenFilter(analyzer.tokenStream(TEXT, passage.text()));
		StoredSentences sentences = StoredSentences.of(AnalysedSentences.of(passage.text(), text));
		doc.add(new Field(TEXT, text, TextField.TYPE_NOT_STORED));
		Passage indexed = passage.in(collection);
		doc.add(new BinaryDocValuesField(PASSAGE, new IndexedPassage(indexed, sentences).encode()));
		return doc;
	}

	private static void addText(Document doc, String field, String value, Analyzer analyzer) {
		doc.add(new Field(field, analyzer.tokenStream(field, value), TextField.TYPE_NOT_STORED));
	}

	/**
	 * A searcher over the latest commit; give it back with {@link #release}. With its own
	 * writer (the only one: Lucene's write lock) no refresh check is needed, as it
	 * refreshes after each commit; read-only, it looks for the writer's newer commits.
	 */
	public IndexSnapshot acquire() {
		try {
			if (writer == null) {
				searchers.maybeRefresh();
			}
			IndexSearcher searcher = searchers.acquire();
			DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
			IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
			Object readerKey = helper == null ? null : helper.getKey();
			Generation known = current;
			// The same reader is the same commit: its commit point, which lists every
			// file of the index, is not made again for every question.
			if (known == null || readerKey == null || known.readerKey() != readerKey) {
				IndexCommit commit = reader.getIndexCommit();
				SwedishAnalysis analysis = known != null && known.generation() == commit.getGeneration()
						? known.analysis() : analysisFactory
							.apply(CompoundParts.deserialize(commit.getUserData().getOrDefault(PARTS_KEY, "")));
				known = new Generation(readerKey, commit.getGeneration(), analysis);
				current = known;
			}
			return new IndexSnapshot(searcher, known.analysis());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open a searcher", ex);
		}
	}

	public void release(IndexSnapshot snapshot) {
		try {
			searchers.release(snapshot.searcher());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot release a searcher", ex);
		}
	}

	private Map<String, String> commitData() {
		try {
			return SegmentInfos.readLatestCommit(directory).getUserData();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the index commit", ex);
		}
	}

	@Override
	public void close() {
		try (directory; writer; searchers) {
			// closed in reverse order by try-with-resources
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot close the index", ex);
		}
	}

}
