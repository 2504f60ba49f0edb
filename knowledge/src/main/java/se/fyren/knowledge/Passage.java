package se.fyren.knowledge;

/**
 * A piece of a report of at most {@value #MAX_CHARS} characters, ending at a sentence
 * boundary.
 *
 * @param id stable within an index: doc id and ordinal
 * @param doc the report's doc id (file name without extension)
 * @param section the heading path, outermost first, or empty
 * @param page the printed page where the passage starts, or null when the format has none
 * @param start offset of the passage in the report's cleaned text
 * @param end offset just past the passage in the report's cleaned text
 */
public record Passage(String id, String doc, String title, String section, Integer page, int start, int end,
		String text) {

	public static final int MAX_CHARS = 1000;

}
