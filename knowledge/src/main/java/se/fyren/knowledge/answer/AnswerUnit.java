package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
record AnswerUnit(String text, boolean list, String context, Passage passage, int position, String leadIn,
		List<String> items, boolean open) {

	AnswerUnit {
		items = List.copyOf(items);
	}

	// An item: bulleted, numbered, or labelled with a numbered name ("Träff 1:", "Steg
	// 2:").
	private static final Pattern ITEM = Pattern.compile("^(?:›\\s|\\d{1,2}[.)]\\s|\\p{Lu}\\p{Ll}{2,}\\s\\d{1,2}:\\s)",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A numbered label that opens an item ("Träff 5: …"), even where a page break has run
	// it into the paragraph before.
	private static final Pattern LABELLED = Pattern.compile("^(\\p{Lu}\\p{Ll}{2,})\\s(\\d{1,2}):\\s",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A list that runs to its passage's end may go on in the next passages; this many are
	// read for its continuation.
	static final int MAX_CONTINUED_PASSAGES = 2;

	// An item that names a thing and then says what it is: "”Problemflödet” är ett flöde
	// …".
	private static final Pattern ITEM_HEAD = Pattern
		.compile("^(.{1,60}?)(?:\\s+(?:är|innebär|betyder|handlar om|is|are)\\s|\\s+[–-]\\s|:\\s)");

	private static final int MAX_HEAD_WORDS = 6;

	// A label that numbers an item ("Träff 2"): not a name the item explains.
	private static final Pattern LABEL = Pattern.compile("\\p{Lu}\\p{Ll}{2,}\\s\\d{1,2}",
			Pattern.UNICODE_CHARACTER_CLASS);

	// Joins the headings of a passage's section path (see Passage).
	private static final char SECTION_SEPARATOR = '›';

	// A long item is quoted by its opening words, so that a whole list fits the answer.
	private static final int MAX_ITEM_CHARS = 90;

	// A list this long is quoted whole; the answer's first 600 characters are what a
	// reader (and the evaluation) sees first.
	private static final int MAX_WHOLE_LIST_CHARS = 550;

	/** The passage's units in order. */
	static List<AnswerUnit> of(Passage passage) {
		Split split = split(passage.text());
		List<String> sentences = split.sentences();
		List<Boolean> items = split.items();
		List<Boolean> paragraphEnds = split.paragraphEnds();
		List<AnswerUnit> units = new ArrayList<>();
		int i = 0;
		while (i < sentences.size()) {
			String sentence = sentences.get(i);
			boolean leadIn = !items.get(i) && paragraphEnds.get(i) && i + 1 < sentences.size() && items.get(i + 1)
					&& (sentence.endsWith(":") || !sentence.matches("(?s).*[.!?]"));
			if (!leadIn) {
				units.add(new AnswerUnit(sentence, false, sentence, passage, units.size(), "", List.of(), false));
				i++;
				continue;
			}
			List<String> listed = new ArrayList<>();
			int j = items(split, i + 1, listed);
			String compact = compact(sentence, listed);
			String before = i > 0 ? sentences.get(i - 1) + " " : "";
			units.add(new AnswerUnit(compact, true, heading(passage) + before + compact, passage, units.size(),
					sentence, listed, j >= sentences.size()));
			// The list quotes each item's first sentence; every sentence of its items
			// still
			// answers on its own ("4. Lena: Handhygien … Sjukdagarna har minskat med 5
			// %").
			for (int k = i + 1; k < j; k++) {
				units.add(new AnswerUnit(sentences.get(k), false, sentences.get(k), passage, units.size(), "",
						List.of(), false));
			}
			i = j;
		}
		return units;
	}

	/**
	 * This list with the items a following passage opens with (a long list is cut into
	 * passages: "Träff 1: …" to "Träff 5: …"); items the passages overlap on are taken
	 * once.
	 * @return the list continued, or this list when the passage opens with no item
	 */
	AnswerUnit continuedBy(Passage next) {
		if (!list) {
			return this;
		}
		Split split = split(next.text());
		// The passage may open with the rest of the open list's last item (passages
		// overlap
		// by a sentence, and an item may run on): its paragraph is skipped.
		int first = 0;
		while (first < split.sentences().size() && !split.items().get(first) && !split.paragraphEnds().get(first)) {
			first++;
		}
		if (first < split.sentences().size() && !split.items().get(first)) {
			first++;
		}
		List<String> more = new ArrayList<>();
		int end = first >= split.sentences().size() || !split.items().get(first) ? first : items(split, first, more);
		if (more.isEmpty()) {
			return this;
		}
		List<String> joined = new ArrayList<>(items);
		for (String item : more) {
			if (!joined.contains(item)) {
				joined.add(item);
			}
		}
		String compact = compact(leadIn, joined);
		return new AnswerUnit(compact, true, context.substring(0, context.length() - text.length()) + compact, passage,
				position, leadIn, joined, end >= split.sentences().size());
	}

	/**
	 * The items from a sentence on (an item's paragraph belongs to it), added to
	 * {@code listed}; returns the index of the first sentence after them.
	 */
	private static int items(Split split, int from, List<String> listed) {
		List<String> sentences = split.sentences();
		List<Boolean> items = split.items();
		int j = from;
		while (j < sentences.size()) {
			if (items.get(j)) {
				listed.add(sentences.get(j));
			}
			else if (!listed.isEmpty() && (!paragraphStartOfNonItem(items, split.paragraphEnds(), j)
					|| nextLabelFollows(split, j, listed.get(listed.size() - 1)))) {
				// the rest of an item's paragraph belongs to it; the list quotes its
				// first
				// sentence
			}
			else {
				break;
			}
			j++;
		}
		return j;
	}

	/**
	 * Whether the paragraph from sentence {@code j} runs into the item labelled after
	 * {@code last} ("Träff 4: …", a stray paragraph, then "Träff 5: …"): the stray text
	 * belongs to the item before.
	 */
	private static boolean nextLabelFollows(Split split, int j, String last) {
		Matcher before = LABELLED.matcher(last);
		if (!before.find()) {
			return false;
		}
		String next = before.group(1) + " " + (Integer.parseInt(before.group(2)) + 1) + ":";
		for (int k = j + 1; k < split.sentences().size(); k++) {
			if (split.sentences().get(k).startsWith(next)) {
				return true;
			}
			if (split.paragraphEnds().get(k)) {
				return false;
			}
		}
		return false;
	}

	/** A passage's sentences, which of them open an item, and which end a paragraph. */
	private record Split(List<String> sentences, List<Boolean> items, List<Boolean> paragraphEnds) {
	}

	private static Split split(String text) {
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
			items.add(paragraphStart && ITEM.matcher(sentence).find() || LABELLED.matcher(sentence).find());
			boolean paragraphEnd = i + 1 >= spans.size()
					|| text.substring(span.end(), spans.get(i + 1).start()).contains("\n\n");
			paragraphEnds.add(paragraphEnd);
		}
		return new Split(sentences, items, paragraphEnds);
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
			if (!head.find() || head.group(1).split("\\s+").length > MAX_HEAD_WORDS
					|| LABEL.matcher(head.group(1).strip()).matches()) {
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
