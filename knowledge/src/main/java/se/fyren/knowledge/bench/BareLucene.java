package se.fyren.knowledge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.ingest.Report;

/**
 * The yardstick for Fyren's figures: stock Lucene over the same passages, with Lucene's
 * own {@link SwedishAnalyzer}, BM25 and one OR query of the question's terms, no
 * re-ranking and no answer. What Fyren adds on top is measured against this.
 */
final class BareLucene implements AutoCloseable {

	private static final String ID = "id";

	private static final String TEXT = "text";

	private final Analyzer analyzer = new SwedishAnalyzer();

	private final Directory directory;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private BareLucene(Directory directory) throws IOException {
		this.directory = directory;
		this.reader = DirectoryReader.open(directory);
		this.searcher = new IndexSearcher(reader);
	}

	/** Indexes the passages' text into {@code dir}, committed and opened for search. */
	static BareLucene build(Path dir, Iterable<Report> reports) {
		try {
			Directory directory = FSDirectory.open(dir);
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SwedishAnalyzer()))) {
				for (Report report : reports) {
					for (Passage passage : report.passages()) {
						Document doc = new Document();
						doc.add(new StringField(ID, passage.id(), Field.Store.YES));
						doc.add(new TextField(TEXT, passage.text(), Field.Store.YES));
						writer.addDocument(doc);
					}
				}
				writer.commit();
			}
			return new BareLucene(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the bare Lucene index at " + dir, ex);
		}
	}

	/**
	 * The best {@code count} passages' texts, read from stored fields as Fyren reads its
	 * own, so both pay for the passages they return.
	 */
	int search(String question, int count) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : SwedishAnalysis.tokens(analyzer, question)) {
			query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
		}
		try {
			ScoreDoc[] hits = searcher.search(query.build(), count).scoreDocs;
			StoredFields stored = searcher.storedFields();
			int chars = 0;
			for (ScoreDoc hit : hits) {
				chars += stored.document(hit.doc).get(TEXT).length();
			}
			return chars;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Bare search failed", ex);
		}
	}

	@Override
	public void close() {
		try (directory; reader) {
			// closed in reverse order by try-with-resources
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot close the bare Lucene index", ex);
		}
	}

}
