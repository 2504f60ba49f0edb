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
 */
public record Report(String docId, Path path, String fingerprint, String title, String cleanedText,
		List<Passage> passages, int pages, String collection) {

	public Report {
		passages = List.copyOf(passages);
		CollectionNames.checked(collection);
	}

	/** A report of the report folders. */
	public Report(String docId, Path path, String fingerprint, String title, String cleanedText,
			List<Passage> passages) {
		this(docId, path, fingerprint, title, cleanedText, passages, 0, CollectionNames.REPORTS);
	}

}
