package se.fyren.knowledge.index;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.Passage;

/**
 * The numbered part of a report (its chapter, a course's module) each of its passages
 * lies in, read from the outermost heading of the passage's sections as the report's
 * passages are met in order: "4 ANALYS OCH SAMARBETE MED INTRESSENTER › 4.1 …" is part 4,
 * and so is "Kapitel 4". A section whose outermost heading is not numbered ("Kommun-
 * analysgrupp" in the slutrapport, a heading under a chapter's title page) lies in the
 * part before it. One tracker reads one report.
 */
final class NumberedParts {

	// A part's number opens its heading and a word follows ("3 Resultat"). "2. Regional
	// arena …", with a stop, is a list's item set as a heading, not a part.
	private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\s*(\\d{1,2})(?:\\.\\d{1,2})*\\s+\\p{L}",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A part's name alone ("Kapitel 4"): a heading, or a chapter's title page, a line of
	// its own in the text where the heading was not taken for one (after a contact block:
	// "… 0243- 748 69.", "Kapitel 5", "Vikten av …").
	private static final Pattern TITLE_LINE = Pattern.compile(
			"^[ \\t]*(?:kapitel|modul|chapter|module)[ \\t]+(\\d{1,2})[ \\t]*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.MULTILINE);

	private String current;

	/**
	 * The parts the passage runs through, the one it starts in first (the last one met
	 * when no numbered heading opens it); empty before any.
	 */
	Set<String> of(Passage passage) {
		TreeMap<Integer, String> starts = new TreeMap<>();
		for (Passage.SectionStart start : passage.sections()) {
			String path = start.path() == null ? "" : start.path();
			int end = path.indexOf(Passage.SECTION_SEPARATOR);
			String outermost = end < 0 ? path : path.substring(0, end);
			Matcher numbered = NUMBERED_HEADING.matcher(outermost);
			Matcher named = TITLE_LINE.matcher(outermost);
			if (numbered.find()) {
				starts.put(start.offset(), number(numbered.group(1)));
			}
			else if (named.find()) {
				starts.put(start.offset(), number(named.group(1)));
			}
		}
		Matcher line = TITLE_LINE.matcher(passage.text());
		while (line.find()) {
			starts.put(line.start(), number(line.group(1)));
		}
		Set<String> parts = new LinkedHashSet<>();
		for (Passage.SectionStart start : passage.sections()) {
			for (String heading : (start.path() == null ? "" : start.path()).split(Passage.SECTION_SEPARATOR)) {
				// A section named by a word and its number ("Målområde 2. …") is a part a
				// question can name so; a chapter or a module is one by its number alone.
				if (!TITLE_LINE.matcher(heading.strip()).find()) {
					LabelledSections.ofHeading(heading).ifPresent(parts::add);
				}
			}
		}
		// The passage opens in the part before it unless a numbered heading opens it.
		if (current != null && (starts.isEmpty() || starts.firstKey() > 0)) {
			parts.add(current);
		}
		for (String part : starts.values()) {
			current = part;
			parts.add(part);
		}
		return parts;
	}

	private static String number(String digits) {
		return String.valueOf(Integer.parseInt(digits));
	}

}
