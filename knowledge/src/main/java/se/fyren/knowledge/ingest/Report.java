package se.fyren.knowledge.ingest;

import java.nio.file.Path;
import java.util.List;

import se.fyren.knowledge.CollectionNames;
import se.fyren.knowledge.Passage;

/**
 * A report ready to index: its cleaned text cut into passages.
 *
 * @param path where it was read from; for a document kept in Fyren's database,
 * {@code stored/<id>}
 * @param pages how many printed pages it has, 0 when its format has none
 * @param collection the collection it belongs to
 * @param publisher who published it, as {@code sources.yml} says ("Region Dalarna
 * (DalaLab)"), or null: people name a report by its publisher as by its title
 */
public record Report(String docId, Path path, String fingerprint, String title, String cleanedText,
		List<Passage> passages, int pages, String collection, String publisher) {

	public Report {
		passages = List.copyOf(passages);
		CollectionNames.checked(collection);
	}

	/** A report of no known publisher. */
	public Report(String docId, Path path, String fingerprint, String title, String cleanedText, List<Passage> passages,
			int pages, String collection) {
		this(docId, path, fingerprint, title, cleanedText, passages, pages, collection, null);
	}

	/** A report of the report folders. */
	public Report(String docId, Path path, String fingerprint, String title, String cleanedText, List<Passage> passages,
			String publisher) {
		this(docId, path, fingerprint, title, cleanedText, passages, 0, CollectionNames.REPORTS, publisher);
	}

}
