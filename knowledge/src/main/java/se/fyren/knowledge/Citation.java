package se.fyren.knowledge;

/**
 * Where an answer sentence comes from, for a reader to check: report, section and page,
 * and the collection that holds the report.
 */
public record Citation(String doc, String title, String section, Integer page, String passageText, String collection) {

	/**
	 * A citation of a passage under one of the sections and pages it runs through: those
	 * the quoted sentence is in.
	 */
	public static Citation of(Passage passage, Passage.SectionStart at) {
		return new Citation(passage.doc(), passage.title(), at.path(), at.page(), passage.text(), passage.collection());
	}

}
