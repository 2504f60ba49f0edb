package se.fyren.bot.dialogue;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: CRLF between records, a field quoted
 * when it holds a comma, a quote or a line break, and quotes inside doubled. No CSV
 * library is on the classpath, and this is all the export needs. A field a spreadsheet
 * would take for a formula gets a leading apostrophe (OWASP's advice against CSV
 * injection): participants write the answers, facilitators open the file.
 */
final class CsvTable {

	/** What a spreadsheet reads as the start of a formula. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final StringBuilder text = new StringBuilder();

	CsvTable row(List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(field(fields.get(i)));
		}
		text.append("\r\n");
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	static String field(String value) {
		if (value == null) {
			return "";
		}
		if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
