package se.fyren.knowledge.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of people and their roles that the text extraction read column by column: a run
 * of names ("Sakarias Winberg (KD)"), then as many roles ("Ordförande i utskottet för
 * lärande och stöd"). Read that way, no line says who holds which role, and a question
 * about the chair is answered with a list of titles. Each name is put back on one line
 * with its role, in the column's order.
 */
final class NameRoleColumns {

	// Two to four capitalised words, a hyphen inside a name may be followed by a space
	// the extraction left ("Lena Ryen- Laxton"), and a party in brackets.
	private static final Pattern PERSON = Pattern
		.compile("\\p{Lu}\\p{Ll}+(?:-\\s?\\p{Lu}?\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\s?\\p{Lu}?\\p{Ll}+)?){1,3}"
				+ "(?:\\s+\\(\\p{Lu}{1,4}\\))?");

	// A role is a label: it opens with a capital (a line that wraps a longer role
	// goes on in lower case, and would shift every pair after it) and holds no
	// sentence mark.
	private static final Pattern ROLE = Pattern.compile("\\p{Lu}[^.!?:]+");

	// A title fits a table cell ("Enhetschef öppenvårdspsykiatri, Leksand"); a longer
	// line is prose.
	private static final int MAX_ROLE_WORDS = 8;

	// Fewer names in a row are a sentence's subject or a signature, not a table.
	private static final int MIN_PEOPLE = 3;

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private NameRoleColumns() {
	}

	static List<Line> paired(List<Line> lines) {
		List<Integer> filled = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).blank()) {
				filled.add(i);
			}
		}
		List<Line> out = new ArrayList<>(lines);
		for (int at = 0; at < filled.size();) {
			int names = 0;
			while (at + names < filled.size() && person(lines.get(filled.get(at + names)))) {
				names++;
			}
			if (names >= MIN_PEOPLE && rolesFollow(lines, filled, at + names, names)) {
				for (int k = 0; k < names; k++) {
					Line name = lines.get(filled.get(at + k));
					Line role = lines.get(filled.get(at + names + k));
					out.set(filled.get(at + k), new Line(name.text().strip() + ", " + role.text().strip(), name.page(),
							0, false, name.pageBreak()));
					out.set(filled.get(at + names + k), new Line("", role.page(), 0, false, role.pageBreak()));
				}
				at += 2 * names;
			}
			else {
				at += Math.max(1, names);
			}
		}
		return out;
	}

	private static boolean person(Line line) {
		return line.markdownLevel() == 0 && !line.listItem() && PERSON.matcher(line.text().strip()).matches();
	}

	private static boolean rolesFollow(List<Line> lines, List<Integer> filled, int from, int count) {
		if (from + count > filled.size()) {
			return false;
		}
		for (int k = from; k < from + count; k++) {
			Line line = lines.get(filled.get(k));
			String text = line.text().strip();
			if (line.markdownLevel() != 0 || line.listItem() || person(line) || !ROLE.matcher(text).matches()
					|| SPACE.split(text).length > MAX_ROLE_WORDS) {
				return false;
			}
		}
		return true;
	}

}
