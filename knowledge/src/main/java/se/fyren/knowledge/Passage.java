package se.fyren.knowledge;

/**
 * A piece of a report of at most {@value #MAX_CHARS} characters, ending at a sentence
 * boundary; a passage holding a list with its lead-in may run to
 * {@value #MAX_LIST_CHARS}.
 *
 * @param id stable within an index: doc id and ordinal
 * @param doc the report's doc id (file name without extension)
 * @param section the heading path, outermost first, joined by " › ", or empty
 * @param page the printed page where the passage starts, or null when the format has none
 * @param start offset of the passage in the report's cleaned text
 * @param end offset just past the passage in the report's cleaned text
 * @param collection the collection its document belongs to
 * ({@link CollectionNames#REPORTS} for the report folders), or null before it is indexed
 */
public record Passage(String id, String doc, String title, String section, Integer page, int start, int end,
		String text, String collection) {

	/** A passage cut from a document, before the index says which collection holds it. */
	public Passage(String id, String doc, String title, String section, Integer page, int start, int end, String text) {
		this(id, doc, title, section, page, start, end, text, null);
	}

	public static final int MAX_CHARS = 1000;

	/**
	 * A list is kept whole with its lead-in up to this length (the eight target areas and
	 * their lead-in take about 500 characters); a longer list is cut like prose.
	 */
	public static final int MAX_LIST_CHARS = 1600;

}
