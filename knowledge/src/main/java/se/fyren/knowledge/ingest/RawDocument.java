package se.fyren.knowledge.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * A report as read from disk, before cleaning.
 *
 * @param docId the file name without extension
 * @param fingerprint a hash of the file's bytes, to skip unchanged files on re-index
 */
public record RawDocument(String docId, Path path, String fingerprint, List<PageText> pages) {

	public RawDocument {
		pages = List.copyOf(pages);
	}

	/**
	 * Whether the report is written in Markdown, whose marks (links, escapes) the cleaner
	 * reads.
	 */
	public boolean markdown() {
		return "md".equals(DocumentReader.extension(path));
	}

	public boolean paged() {
		return pages.stream().anyMatch(p -> p.page() != null);
	}

}
