package se.fyren.bot.dialogue;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: CRLF between records, a field quoted
 * when it holds a comma, a quote or a line break, and quotes inside doubled. No CSV
 * library is on the classpath, and this is all the export needs.
 */
final class CsvTable {

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
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
