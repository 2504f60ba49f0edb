package se.fyren.knowledge.chunk;

/**
 * A heading or a paragraph of a cleaned report, with the section path it belongs to.
 *
 * @param listItem whether the paragraph is an item of a list (bulleted or numbered)
 */
record Block(Kind kind, String text, Integer page, String section, boolean listItem) {

	enum Kind {

		HEADING, PARAGRAPH

	}

}
