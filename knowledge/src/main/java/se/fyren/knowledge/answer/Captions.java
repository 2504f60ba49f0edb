package se.fyren.knowledge.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.Passage;

/**
 * The captions of the figures and tables in the passages read, by report and label: a
 * sentence that refers to a figure ("Figur 4–1 är ett användbart hjälpmedel …") is about
 * what its caption names ("FIGUR 4–1: Matris för analys av intressenter."), though it
 * does not say so itself.
 */
final class Captions {

	// A caption on its own line: "FIGUR 4–1: Matris för analys av intressenter."
	private static final Pattern CAPTION = Pattern.compile(
			"^(?:figur|figure|tabell|table)\\s+(\\d+(?:[.–-]\\d+)?)[:.]\\s+(\\S.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNICODE_CASE);

	/**
	 * Whether a paragraph is a figure's or a table's caption ("Figur 1. Andel unga …").
	 */
	static boolean isCaption(String paragraph) {
		Matcher caption = CAPTION.matcher(paragraph);
		return caption.find() && caption.start() == 0;
	}

	// A reference to a figure or a table inside a sentence.
	private static final Pattern REFERENCE = Pattern.compile("\\b(?:figur|figure|tabell|table)\\s+(\\d+(?:[.–-]\\d+)?)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// A question about a figure or a table, named by its number or as the one meant
	// ("vems modell bygger figuren på", "who made table 1"): its caption and source
	// answer it. Not "figurerar", nor "figures" for numbers ("what figures does it
	// give").
	private static final Pattern ASKED = Pattern.compile(
			"\\b(?:(?:figur|tabell|diagram|figure|table|chart)\\s*\\d+|figuren|figurerna|tabellen|tabellerna|diagrammet"
					+ "|(?:the|this|that) (?:figure|table|chart|diagram))\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	private final Map<String, String> byLabel = new HashMap<>();

	Captions(List<Passage> passages) {
		for (Passage passage : passages) {
			if (!mayHoldCaption(passage.text())) {
				continue;
			}
			Matcher caption = CAPTION.matcher(passage.text());
			while (caption.find()) {
				byLabel.putIfAbsent(key(passage.doc(), caption.group(1)), caption.group(2));
			}
		}
	}

	/**
	 * Whether a line of the text may open a caption: it opens with "fig" or "tab" in any
	 * case, as {@link #CAPTION} compares them. Most passages have no such line, and the
	 * pattern's walk tries its line start at every character (a hundredth of a question's
	 * time).
	 */
	private static boolean mayHoldCaption(String text) {
		for (int at = 0; at < text.length(); at++) {
			if ((at == 0 || lineEnd(text.charAt(at - 1))) && captionWord(text, at)) {
				return true;
			}
		}
		return false;
	}

	// The characters after which a multiline pattern's "^" matches.
	private static boolean lineEnd(char c) {
		return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
	}

	// "fig" or "tab" as a case-insensitive Unicode match takes them: 'i' also matches
	// the Turkish dotted and dotless i.
	private static boolean captionWord(String text, int at) {
		if (at + 3 > text.length()) {
			return false;
		}
		char first = Character.toLowerCase(text.charAt(at));
		char second = Character.toLowerCase(text.charAt(at + 1));
		char third = Character.toLowerCase(text.charAt(at + 2));
		return first == 'f' && (second == 'i' || second == '\u0131') && third == 'g'
				|| first == 't' && second == 'a' && third == 'b';
	}

	/**
	 * The captions of the figures and tables a text of a report refers to, each after a
	 * space, or "" when it refers to none the passages read hold.
	 */
	String referencedBy(String doc, String text) {
		if (byLabel.isEmpty()) {
			return "";
		}
		StringBuilder captions = new StringBuilder();
		Matcher reference = REFERENCE.matcher(text);
		while (reference.find()) {
			String caption = byLabel.get(key(doc, reference.group(1)));
			if (caption != null && captions.indexOf(caption) < 0) {
				captions.append(' ').append(caption);
			}
		}
		return captions.toString();
	}

	/** Whether a question asks about a figure or a table. */
	static boolean asked(String question) {
		return ASKED.matcher(question).find();
	}

	private static String key(String doc, String label) {
		return doc + "\n" + label.replace('–', '-').toLowerCase(Locale.ROOT);
	}

}
