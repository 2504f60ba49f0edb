package se.fyren.knowledge;

import java.util.List;

/**
 * A piece of a report of at most {@value #MAX_CHARS} characters, ending at a sentence
 * boundary; a passage holding a list with its lead-in, or closed by a contact block, may
 * run to {@value #MAX_LIST_CHARS}.
 *
 * @param id stable within an index: doc id and ordinal
 * @param doc the report's doc id (file name without extension)
 * @param section the heading path where the passage starts, outermost first, joined by "
 * › ", or empty
 * @param page the printed page where the passage starts, or null when the format has none
 * @param start offset of the passage in the report's cleaned text
 * @param end offset just past the passage in the report's cleaned text
 * @param collection the collection its document belongs to
 * ({@link CollectionNames#REPORTS} for the report folders), or null before it is indexed
 * @param sections where each section and page the passage runs through starts in its
 * text, in order, the first at 0 with {@code section} and {@code page}: a passage may run
 * on across short sections and a page break
 */
public record Passage(String id, String doc, String title, String section, Integer page, int start, int end,
		String text, String collection, List<SectionStart> sections) {

	/**
	 * Where in the passage's text a section or a printed page starts: its heading path
	 * and its page (null when the format has none or the text does not say it).
	 */
	public record SectionStart(int offset, String path, Integer page) {
	}

	/** What joins the headings of a section path. */
	public static final String SECTION_SEPARATOR = " › ";

	/**
	 * The innermost heading of a section path: the path itself when it has one heading.
	 */
	public static String innermostHeading(String path) {
		int last = path.lastIndexOf(SECTION_SEPARATOR);
		return last < 0 ? path : path.substring(last + SECTION_SEPARATOR.length());
	}

	public Passage {
		sections = sections.isEmpty() ? List.of(new SectionStart(0, section, page)) : List.copyOf(sections);
	}

	/** A passage cut from a document, before the index says which collection holds it. */
	public Passage(String id, String doc, String title, String section, Integer page, int start, int end, String text) {
		this(id, doc, title, section, page, start, end, text, null);
	}

	/** A passage that lies in one section. */
	public Passage(String id, String doc, String title, String section, Integer page, int start, int end, String text,
			String collection) {
		this(id, doc, title, section, page, start, end, text, collection, List.of());
	}

	/** The passage as the index holds it, in a collection. */
	public Passage in(String collection) {
		return new Passage(id, doc, title, section, page, start, end, text, collection, sections);
	}

	/** The heading path of the section that holds the text at {@code offset}. */
	public String sectionAt(int offset) {
		return startAt(offset).path();
	}

	/** The section and page that hold the text at {@code offset}. */
	public SectionStart startAt(int offset) {
		SectionStart at = sections.get(0);
		for (SectionStart start : sections) {
			if (start.offset() > offset) {
				break;
			}
			at = start;
		}
		return at;
	}

	public static final int MAX_CHARS = 1000;

	/**
	 * A list is kept whole with its lead-in up to this length (the eight target areas and
	 * their lead-in take about 500 characters); a longer list is cut like prose. A
	 * contact block stays in the passage it closes up to this length too.
	 */
	public static final int MAX_LIST_CHARS = 1600;

}
