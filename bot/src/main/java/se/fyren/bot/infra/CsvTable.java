package se.fyren.bot.infra;

import java.util.List;

/**
 * A table as Swedish Excel opens it by a double click: fields separated by semicolons
 * (the list separator where the decimal sign is a comma) and a UTF-8 byte-order mark
 * first, without which Excel reads å, ä and ö as Windows-1252. Otherwise RFC 4180: CRLF
 * between records, a field quoted when it holds a separator, a comma, a quote or a line
 * break, and quotes inside doubled. No CSV library is on the classpath, and this is all
 * the export needs. A field a spreadsheet would take for a formula gets a leading
 * apostrophe (OWASP's advice against CSV injection): people write the fields (dialogue
 * answers, radar signals), others open the file.
 */
public final class CsvTable {

	/** What a spreadsheet reads as the start of a formula. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	static final char SEPARATOR = ';';

	/** Tells Excel the file is UTF-8. */
	static final char BYTE_ORDER_MARK = '\uFEFF';

	private final StringBuilder text = new StringBuilder().append(BYTE_ORDER_MARK);

	public CsvTable row(List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				text.append(SEPARATOR);
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
		if (value.indexOf(SEPARATOR) < 0 && value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
				&& value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
