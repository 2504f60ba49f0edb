package se.fyren.knowledge.ingest;

/**
 * Told as a paged document's pages are read (a PDF, page by page), so whoever added it
 * can see how far the reading has come. Called on the reading thread; keep it short.
 */
@FunctionalInterface
public interface ReadProgress {

	/** For a reader no one watches. */
	ReadProgress NONE = (read, total) -> {
	};

	/**
	 * @param read pages read so far
	 * @param total the document's pages, or 0 when the format does not say before the end
	 */
	void pages(int read, int total);

}
