package se.fyren.knowledge.chunk;

/** A heading or a paragraph of a cleaned report, with the section path it belongs to. */
record Block(Kind kind, String text, Integer page, String section) {

	enum Kind {

		HEADING, PARAGRAPH

	}

}
