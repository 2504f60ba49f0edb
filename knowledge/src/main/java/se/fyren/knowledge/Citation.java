package se.fyren.knowledge;

/**
 * Where an answer sentence comes from, for a reader to check: report, section and page,
 * and the collection that holds the report.
 */
public record Citation(String doc, String title, String section, Integer page, String passageText, String collection) {

	public static Citation of(Passage passage) {
		return new Citation(passage.doc(), passage.title(), passage.section(), passage.page(), passage.text(),
				passage.collection());
	}

}
