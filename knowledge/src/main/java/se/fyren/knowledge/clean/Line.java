package se.fyren.knowledge.clean;

/**
 * One cleaned line of a report.
 *
 * @param page the printed page, or null when unknown
 * @param markdownLevel the level of a Markdown heading ({@code ## x} is 2), 0 for other
 * lines
 * @param listItem whether the line started with a bullet, so it starts a paragraph of its
 * own
 * @param pageBreak whether the line stands where a page ended (a removed footer, the end
 * of a PDF page)
 */
public record Line(String text, Integer page, int markdownLevel, boolean listItem, boolean pageBreak) {

	static Line text(String text, Integer page) {
		return new Line(text, page, 0, false, false);
	}

	static Line pageBreak(Integer page) {
		return new Line("", page, 0, false, true);
	}

	public boolean blank() {
		return text.isBlank();
	}

}
