package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.chunk.Sentences;

/**
 * A piece of a passage that is read, scored and quoted whole: a sentence, or a list with
 * the sentence that leads into it.
 *
 * @param text the unit as quoted in an answer (a list compactly, items after its lead-in)
 * @param list whether the unit is a list with its lead-in
 * @param context what the unit is about, for judging whether it answers: a list's lead-in
 * often says only "Parterna bör:", the sentence before it and the heading above it name
 * what is listed
 */
record AnswerUnit(String text, boolean list, String context, Passage passage, int position) {

	private static final Pattern ITEM = Pattern.compile("^(?:›\\s|\\d{1,2}[.)]\\s)");

	// An item that names a thing and then says what it is: "”Problemflödet” är ett flöde
	// …".
	private static final Pattern ITEM_HEAD = Pattern
		.compile("^(.{1,60}?)(?:\\s+(?:är|innebär|betyder|handlar om|is|are)\\s|\\s+[–-]\\s|:\\s)");

	private static final int MAX_HEAD_WORDS = 6;

	// Joins the headings of a passage's section path (see Passage).
	private static final char SECTION_SEPARATOR = '›';

	// A long item is quoted by its opening words, so that a whole list fits the answer.
	private static final int MAX_ITEM_CHARS = 90;

	// A list this long is quoted whole; the answer's first 600 characters are what a
	// reader (and the evaluation) sees first.
	private static final int MAX_WHOLE_LIST_CHARS = 550;

	/** The passage's units in order. */
	static List<AnswerUnit> of(Passage passage) {
		String text = passage.text();
		List<String> sentences = new ArrayList<>();
		List<Boolean> items = new ArrayList<>();
		List<Boolean> paragraphEnds = new ArrayList<>();
		List<Sentences.Span> spans = Sentences.split(text);
		for (int i = 0; i < spans.size(); i++) {
			Sentences.Span span = spans.get(i);
			String sentence = text.substring(span.start(), span.end()).strip();
			boolean paragraphStart = span.start() == 0 || text.startsWith("\n\n", span.start() - 2)
					|| text.substring(0, span.start()).endsWith("\n\n");
			sentences.add(sentence);
			items.add(paragraphStart && ITEM.matcher(sentence).find());
			boolean paragraphEnd = i + 1 >= spans.size()
					|| text.substring(span.end(), spans.get(i + 1).start()).contains("\n\n");
			paragraphEnds.add(paragraphEnd);
		}
		List<AnswerUnit> units = new ArrayList<>();
		int i = 0;
		while (i < sentences.size()) {
			String sentence = sentences.get(i);
			boolean leadIn = !items.get(i) && paragraphEnds.get(i) && i + 1 < sentences.size() && items.get(i + 1)
					&& (sentence.endsWith(":") || !sentence.matches("(?s).*[.!?]"));
			if (!leadIn) {
				units.add(new AnswerUnit(sentence, false, sentence, passage, units.size()));
				i++;
				continue;
			}
			List<String> listed = new ArrayList<>();
			int j = i + 1;
			while (j < sentences.size()) {
				if (items.get(j)) {
					listed.add(sentences.get(j));
				}
				else if (!listed.isEmpty() && !paragraphStartOfNonItem(items, paragraphEnds, j)) {
					// the rest of an item's paragraph belongs to it
				}
				else {
					break;
				}
				j++;
			}
			String compact = compact(sentence, listed);
			String before = i > 0 ? sentences.get(i - 1) + " " : "";
			units.add(new AnswerUnit(compact, true, heading(passage) + before + compact, passage, units.size()));
			i = j;
		}
		return units;
	}

	/** The innermost heading of the passage's section path, with a space after it. */
	private static String heading(Passage passage) {
		String section = passage.section();
		if (section == null || section.isBlank()) {
			return "";
		}
		return section.substring(section.lastIndexOf(SECTION_SEPARATOR) + 1).strip() + " ";
	}

	private static String shortened(String item) {
		if (item.length() <= MAX_ITEM_CHARS) {
			return item;
		}
		int cut = item.lastIndexOf(' ', MAX_ITEM_CHARS);
		return item.substring(0, cut > 0 ? cut : MAX_ITEM_CHARS) + " …";
	}

	private static boolean paragraphStartOfNonItem(List<Boolean> items, List<Boolean> paragraphEnds, int j) {
		return !items.get(j) && paragraphEnds.get(j - 1);
	}

	/**
	 * A list as one line: the lead-in, then each item; items that name a thing and then
	 * explain it are quoted by their names ("a, b och c"), so the whole list fits.
	 */
	static String compact(String leadIn, List<String> items) {
		List<String> heads = new ArrayList<>();
		for (String item : items) {
			var head = ITEM_HEAD.matcher(item.replaceFirst("^›\\s*", ""));
			if (!head.find() || head.group(1).split("\\s+").length > MAX_HEAD_WORDS) {
				heads = null;
				break;
			}
			heads.add(head.group(1).strip());
		}
		StringBuilder out = new StringBuilder(leadIn);
		if (heads != null && heads.size() > 1) {
			for (int i = 0; i < heads.size(); i++) {
				out.append(i == 0 ? " " : i == heads.size() - 1 ? " och " : ", ").append(heads.get(i));
			}
			return out.append('.').toString();
		}
		int whole = out.length() + items.stream().mapToInt(item -> item.length() + 1).sum();
		for (String item : items) {
			out.append(' ').append(whole > MAX_WHOLE_LIST_CHARS ? shortened(item) : item);
		}
		return out.toString();
	}

}
