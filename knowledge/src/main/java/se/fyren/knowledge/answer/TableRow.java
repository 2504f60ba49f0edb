package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table's row as text extraction gives it, a line of tab-separated cells, quoted with
 * its table's header row: "Juni: 85 / 0 (Antal utskrivningsklara dagar / Antal
 * Debiteringsdagar)." Read bare, "Juni 85 0" says nothing of what its figures count; the
 * row keeps its own order, so a reader finds it in the report as printed, and the
 * headings follow in the same order.
 *
 * @param cells the row's cells in order, the first its label ("Juni", "2014")
 */
record TableRow(List<String> cells) {

	private static final char CELL_SEPARATOR = '\t';

	// Between columns as quoted: a slash pairs each value with its heading by place.
	private static final String COLUMN_SEPARATOR = " / ";

	// A figure in a cell: "85", "1 204", "12,5 %", "-3".
	private static final Pattern FIGURE = Pattern.compile("[-+−–]?\\d[\\d\\s.,:]*\\s?%?");

	TableRow {
		cells = List.copyOf(cells);
	}

	/** The row of a line, or empty when the line holds no tab and so is no row. */
	static Optional<TableRow> of(String line) {
		if (line.indexOf(CELL_SEPARATOR) < 0) {
			return Optional.empty();
		}
		List<String> cells = new ArrayList<>();
		for (String cell : line.split(String.valueOf(CELL_SEPARATOR), -1)) {
			cells.add(cell.strip());
		}
		return Optional.of(new TableRow(cells));
	}

	/**
	 * Whether the row names columns rather than giving figures: none of its cells after
	 * the label is a figure ("År - Månad", "Antal utskrivningsklara dagar" …).
	 */
	boolean header() {
		return cells.subList(1, cells.size()).stream().noneMatch(cell -> FIGURE.matcher(cell).matches());
	}

	/**
	 * The row with its headings: its label and the cells that hold a value, then those
	 * cells' headings in the same order ("Juni: 0 (Antal Debiteringsdagar)." for "Juni,
	 * an empty cell, 0"). Where the header row has a cell fewer than the row, its empty
	 * corner above the labels was lost with the line's leading tab, so the headings stand
	 * over the row's last cells; otherwise the header's first cell heads the labels.
	 * @return the quote, or empty when no cell has both a heading and a value
	 */
	Optional<String> under(TableRow header) {
		int shift = Math.max(0, cells.size() - header.cells.size());
		List<String> headings = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (int i = 1; i < cells.size(); i++) {
			int column = i - shift;
			String heading = column >= 0 && column < header.cells.size() ? header.cells.get(column) : "";
			if (!cells.get(i).isEmpty() && !heading.isEmpty()) {
				headings.add(heading);
				values.add(cells.get(i));
			}
		}
		if (values.isEmpty()) {
			return Optional.empty();
		}
		String label = cells.get(0);
		return Optional.of((label.isEmpty() ? "" : label + ": ") + String.join(COLUMN_SEPARATOR, values) + " ("
				+ String.join(COLUMN_SEPARATOR, headings) + ").");
	}

}
