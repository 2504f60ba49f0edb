package se.fyren.knowledge.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.Passage;

/**
 * Splits Swedish prose into sentences; a sentence longer than a passage is cut at a
 * space. The number that opens a list item ("1. Det tidiga livets villkor", or "…: 1. Att
 * hitta …, 2. …" inside a sentence) does not end a sentence, nor does the point of a
 * common abbreviation ("kl. 9.00").
 */
public final class Sentences {

	// An abbreviation's point ends no sentence: "9 maj kl. 9.00 - 15.00", "t.ex. Region
	// Dalarna", "s.k. SIP". Only abbreviations that hardly ever close a sentence.
	private static final String ABBREVIATION = "\\b(?:[Kk]l|[Cc]a|t\\.ex|[Ss]\\.k|[Bb]l\\.a|[Dd]vs|[Jj]fr|[Nn]r|[Rr]esp|[Ii]nkl|[Ee]xkl|[Ee]nl|[Tt]el)\\.";

	// Nor does the number of an item of a list run into its sentence: "tre delar: 1.
	// Att hitta …, 2. Efterfråga …".
	// Either cut begins with a space: what stands before it is looked behind for only
	// there, not at every character of the text.
	private static final Pattern SENTENCE_END = Pattern
		.compile("(?=\\s)(?:(?<=[.!?…]|[.!?…][\"”'])(?<!(?:^|\\n)\\d\\.)(?<!(?:^|\\n)\\d\\d\\.)(?<![:,]\\s\\d\\.)(?<!"
				+ ABBREVIATION + ")" + "\\s+(?=[\\p{Lu}\\p{N}\"”'(›])|\\s*\\n\\s*\\n\\s*)");

	/** A sentence's offsets in the text it was split from. */
	public record Span(int start, int end) {
	}

	private Sentences() {
	}

	public static List<Span> split(String text) {
		List<Span> spans = new ArrayList<>();
		Matcher m = SENTENCE_END.matcher(text);
		int start = 0;
		while (m.find()) {
			addCut(spans, text, start, m.start());
			start = m.end();
		}
		addCut(spans, text, start, text.length());
		return spans;
	}

	private static void addCut(List<Span> spans, String text, int start, int end) {
		while (end - start > Passage.MAX_CHARS) {
			int cut = text.lastIndexOf(' ', start + Passage.MAX_CHARS);
			cut = cut <= start ? start + Passage.MAX_CHARS : cut;
			spans.add(new Span(start, cut));
			start = cut + 1;
		}
		if (end > start) {
			spans.add(new Span(start, end));
		}
	}

}
