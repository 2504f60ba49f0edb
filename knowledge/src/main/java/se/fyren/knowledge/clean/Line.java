package se.fyren.knowledge.clean;

/**
 * One cleaned line of a report.
 *
 * @param page the printed page, or null when unknown
 * @param markdownLevel the level of a Markdown heading ({@code ## x} is 2), 0 for other lines
 * @param listItem whether the line started with a bullet, so it starts a paragraph of its own
 */
public record Line(String text, Integer page, int markdownLevel, boolean listItem) {

	public boolean blank() {
		return text.isBlank();
	}

}
