package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.chunk.AnalysedSentences;
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
 * @param open whether the list may go on in the next passage
 * @param paragraphs for a list written as plain paragraphs after a lead-in that counts
 * them ("De fem strategierna kunde sammanfattas enligt följande:"), how many it counts; 0
 * for a list whose items are marked
 * @param terms for a sentence, its terms as the index analysed them; for a list, those of
 * the sentences its context is put together from, without the heading it opens with
 * ({@code contextHeading}), which the index stores no terms of
 * @param guessed whether the list is read from its layout alone (short lines after a
 * title line, no marks): a question that asks for a list may want it, any other question
 * is answered by its lines as sentences
 * @param row whether the unit is a table's row read under its header row (see
 * {@link TableRow})
 * @param headings for a sentence that opens its section's text, each heading right above
 * it, outermost first (a banner's "Åtgärdsområde 23", the title under it); empty
 * otherwise
 * @param contextHeading for a list, the heading (or title) its context opens with, with a
 * space after it; empty for a sentence
 */
record AnswerUnit(String text, boolean list, String context, Passage passage, int position, String leadIn,
		List<String> items, boolean open, int paragraphs, Set<String> terms, boolean guessed, boolean row,
		List<Heading> headings, String contextHeading) {

	/** A heading right above a sentence that opens its section, with its terms. */
	record Heading(String text, Set<String> terms) {
	}

	AnswerUnit {
		items = List.copyOf(items);
		headings = List.copyOf(headings);
	}

	/** A sentence, or a table's row, at {@code position} of its passage. */
	static AnswerUnit sentence(String text, Passage passage, int position, Set<String> terms, boolean row,
			List<Heading> headings) {
		return new AnswerUnit(text, false, text, passage, position, "", List.of(), false, 0, terms, false, row,
				headings, "");
	}

	/**
	 * A list whose context is {@code contextHeading} and then sentences of the passage
	 * ({@code told}), whose terms are {@code toldTerms}.
	 */
	static AnswerUnit list(String text, String contextHeading, String told, Set<String> toldTerms, Passage passage,
			int position, String leadIn, List<String> items, boolean open, int paragraphs, boolean guessed) {
		return new AnswerUnit(text, true, contextHeading + told, passage, position, leadIn, items, open, paragraphs,
				toldTerms, guessed, false, List.of(), contextHeading);
	}

	/** This list with other items. */
	private AnswerUnit listing(String compact, List<String> joined, boolean stillOpen, int counted) {
		return new AnswerUnit(compact, true, context, passage, position, leadIn, joined, stillOpen, counted, terms,
				guessed, false, List.of(), contextHeading);
	}

	/**
	 * The terms of the unit's context, as the index analyses text: a sentence's as it
	 * stored them, a list's from its sentences' stored terms and its heading's
	 * ({@code headings}). The analysis works word by word, so the terms of texts put
	 * together are the terms of each.
	 */
	Set<String> contextTerms(HeadingTerms headings, Analyzer analyzer) {
		if (contextHeading.isEmpty()) {
			return terms;
		}
		Set<String> all = new HashSet<>(terms);
		all.addAll(headings.of(analyzer, contextHeading));
		return all;
	}

	// An item: bulleted, numbered, or labelled with a numbered name ("Träff 1:", "Steg
	// 2:").
	private static final Pattern ITEM = Pattern.compile("^(?:›\\s|\\d{1,2}[.)]\\s|\\p{Lu}\\p{Ll}{2,}\\s\\d{1,2}:\\s)",
			Pattern.UNICODE_CHARACTER_CLASS);

	// An item of a numbered list: "8. Innehåll vid nästa möte."
	private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\d{1,2}[.)]\\s");

	// A numbered label that opens an item ("Träff 5: …"), even where a page break has run
	// it into the paragraph before.
	private static final Pattern LABELLED = Pattern.compile("^(\\p{Lu}\\p{Ll}{2,})\\s(\\d{1,2}):\\s",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A paragraph that opens with an arrow is a point under the item before it ("› Stärkt
	// ledarskap …" then "→ Ökad kunskap …"), not the list's end.
	private static final Pattern SUB_POINT = Pattern.compile("^[→⇒➔➜]");

	// Nouns a figure after them numbers rather than counts: "Modul 2 om …",
	// "nivå 3", "åtgärdsområde 9 …", as whole words ("här står 3 saker" counts); an
	// area ends a compound ("bostadsområde 3").
	private static final String LABEL_NOUNS = "\\b(?:kapitel|bilaga|steg|träff|avsnitt|sida|sidan|figur|tabell|år|modul|fas"
			+ "|del|punkt|nivå|mål|artikel|delrapport|princip)|område";

	// A lead-in that counts what follows ("tre viktiga vägval, det handlar om:"): reports
	// often write such a list as plain paragraphs, one per item, without marks. A figure
	// counts only before the word for what it counts ("de 5 strategierna:"): one that
	// numbers, cites or dates something ("Se kapitel 2:", "Bilaga 3 Enkät:", "(11):",
	// "FIGUR 2–1:", "den 12 mars:") counts nothing, nor does a length of time ("Under 2
	// dagar:"). What stands before a figure is looked behind for only where a digit
	// stands: looked for at every word first, it was most of reading a lead-in.
	private static final Pattern COUNTED = Pattern.compile(
			"\\b(?:(" + NumberWords.SWEDISH_TWO_TO_TWELVE + ")\\b" + "|(?=\\d)(?<!\\(|(?:" + LABEL_NOUNS
					+ ")\\s)([2-9]|1[0-2])(?=\\s+\\p{L}))"
					+ "(?!\\s*(?:%|procent|år\\b|kr\\b|(?:dagar|veckor|månader|timmar|minuter)\\b" + "|(?:"
					+ QuestionKind.SWEDISH_MONTHS + ")\\b))",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// A numbered heading as a sentence of its own: "Målområde 5.", "Steg 2".
	private static final Pattern RUN_IN_HEADING = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+\\d{1,2}\\.?",
			Pattern.UNICODE_CHARACTER_CLASS);

	// How the chunker marks a bulleted item.
	private static final String ITEM_MARK = "› ";

	// A paragraph that opens with a name and its number and a stop ("Mål 1. Unga i
	// Dalarna …"): the items of a list whose marks are those labels ("Träff 1:" is an
	// item already, see ITEM). Not a caption's ("Figur 1.") nor a date's ("Maj 1.").
	private static final Pattern NUMBERED_LABEL = Pattern.compile(
			"^(?!(?i:" + QuestionKind.SWEDISH_MONTHS + ")\\s)(\\p{Lu}\\p{Ll}{2,})\\s+(\\d{1,2})\\.\\s+\\S",
			Pattern.UNICODE_CHARACTER_CLASS);

	// "Mål 1" and "Mål 2" make a list; one alone is a heading or a name.
	private static final int MIN_LABELLED_ITEMS = 2;

	// A plain paragraph is an item of a counted list when it opens with what it names,
	// then a dash or a colon and what that is ("Du måste vilja något - Sätt gemensamt mål
	// …"); a paragraph of prose ends the list. What it names may be a question ("Hur vet
	// vi om vi är på väg åt rätt håll? – Välj …").
	private static final Pattern PARAGRAPH_ITEM = Pattern.compile("^([^.!:]{3,90}?)(?:\\s[–-]\\s|:\\s)");

	// A separator between passages at least this long is a paragraph break ("\n\n"); a
	// shorter one lies inside a paragraph.
	private static final int PARAGRAPH_BREAK = 2;

	// A list that runs to its passage's end may go on in the next passages; this many are
	// read for its continuation.
	static final int MAX_CONTINUED_PASSAGES = 2;

	// An item's bullet, and the spaces between words: compiled once, not per item as
	// String.replaceFirst and split compile them.
	private static final Pattern ITEM_ARROW = Pattern.compile("^›\\s*");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	// An item that names a thing and then says what it is: "”Problemflödet” är ett flöde
	// …". A dash between figures spans them ("kl. 9.00 - 15.00"); it separates nothing,
	// but a dash with a figure on one side only does ("Agenda 2030 – de globala målen").
	private static final Pattern ITEM_HEAD = Pattern.compile(
			"^(.{1,60}?)(?:\\s+(?:är|innebär|betyder|handlar om|is|are)\\s|(?<!\\d)\\s+[–-]\\s|\\s+[–-]\\s(?!\\d)|:\\s)");

	private static final int MAX_HEAD_WORDS = 6;

	// A label that numbers an item ("Träff 2"): not a name the item explains.
	private static final Pattern LABEL = Pattern.compile("\\p{Lu}\\p{Ll}{2,}\\s\\d{1,2}",
			Pattern.UNICODE_CHARACTER_CLASS);

	// Joins the headings of a passage's section path (see Passage).
	private static final char SECTION_SEPARATOR = '›';

	// A title line of a list without marks is short: "Närvarande", "Referenser".
	private static final int MAX_TITLE_CHARS = 60;

	// A line of such a list is a name, a role or a reference, not a paragraph of prose.
	private static final int MAX_LINE_CHARS = 150;

	// An item quoted with its paragraph takes a few sentences at most: past that, the
	// paragraph is prose a PDF's text ran on after the list's last item.
	private static final int MAX_ITEM_CHARS = 300;

	// One sentence that says "en första" is no list, unless the passage cuts the others
	// off.
	private static final int MIN_ORDINAL_ITEMS = 2;

	// Fewer short lines after a title line are a heading with a line or two of text.
	private static final int MIN_RUN_LINES = 3;

	// Items that name nothing, too many for a share of the room each, are quoted by this
	// many characters of their opening words: a list of many then runs past the room.
	private static final int MIN_ITEM_CHARS = 90;

	// A list this long is quoted whole; the answer's first 600 characters are what a
	// reader (and the evaluation) sees first.
	private static final int MAX_WHOLE_LIST_CHARS = 550;

	// What an item takes beside its own words: the space before it and a cut's " …".
	private static final int ITEM_ROOM = 3;

	// An item's share of the room under this is little more than its name: a list of
	// items that name a thing is then quoted by those names alone.
	private static final int MIN_ITEM_SHARE = 40;

	/**
	 * Whether the unit is a list written as a run of commas in a sentence, with no colon
	 * to set it off (see {@link InlineList}): such a list is read from the sentence's
	 * words alone, and its lead-in is the whole sentence.
	 */
	boolean prose() {
		return list && guessed && leadIn.equals(text);
	}

	/**
	 * The heading path of the section the unit opens in (a list's lead-in, a sentence): a
	 * passage may run on across short sections.
	 */
	String section() {
		return start().path();
	}

	/** The section and page the unit opens in. */
	Passage.SectionStart start() {
		return passage.startAt(openingInPassage());
	}

	/**
	 * Where the unit opens in its report: passages overlap, so one line of the report may
	 * be a unit of two passages, at the same place.
	 */
	int opensAt() {
		return passage.start() + openingInPassage();
	}

	private int openingInPassage() {
		return Math.max(0, passage.text().indexOf(list ? leadIn : text));
	}

	/**
	 * The passage's units in order, from its sentences as the index split them.
	 * @param guessed whether to read lists from layout or wording alone too
	 * ({@link #guessed()}): only a question that wants them (a list, and a contact line's
	 * context) reads them, and looking for them was a good part of reading a passage.
	 * They come after all other units, so the others' positions are the same either way.
	 */
	static List<AnswerUnit> of(Passage passage, AnalysedSentences analysed, boolean guessed) {
		Split split = split(passage.text(), analysed.spans());
		List<String> sentences = split.sentences();
		List<Boolean> items = split.items();
		List<Boolean> paragraphEnds = split.paragraphEnds();
		List<AnswerUnit> units = new ArrayList<>();
		int i = 0;
		while (i < sentences.size()) {
			String sentence = sentences.get(i);
			boolean leadsIn = !items.get(i) && paragraphEnds.get(i) && i + 1 < sentences.size();
			boolean marked = leadsIn && items.get(i + 1) && (sentence.endsWith(":") || !endsWithAny(sentence, ".!?"));
			int counted = leadsIn && !marked && sentence.endsWith(":") ? counted(sentence) : 0;
			if (!marked && counted == 0 && leadsIn && sentence.endsWith(":")) {
				i = runIn(split, analysed, i, passage, units);
				continue;
			}
			if (!marked && counted == 0) {
				addSentences(units, split, analysed, passage, i, i + 1);
				i++;
				continue;
			}
			List<String> listed = new ArrayList<>();
			int j = items(split, i + 1, listed, counted);
			// One plain paragraph is a list only where the passage cuts it off.
			if (counted > 0 && (listed.isEmpty() || listed.size() < 2 && j < sentences.size())) {
				addSentences(units, split, analysed, passage, i, i + 1);
				i++;
				continue;
			}
			// Steps that each have text of their own are found past it.
			boolean stepsOn = marked && numberedSteps(split, j, sentence, listed);
			String compact = compact(sentence, listed);
			String before = i > 0 ? sentences.get(i - 1) + " " : "";
			boolean open = stepsOn || j >= sentences.size() && (counted == 0 || listed.size() < counted);
			units.add(list(compact, heading(passage, sentence), before + sentence,
					termsOf(analysed, i > 0 ? i - 1 : i, i + 1), passage, units.size(), sentence, listed, open, counted,
					false));
			// The list quotes each item's first sentence; every sentence of its items
			// still answers on its own ("4. Lena: Handhygien … Sjukdagarna har minskat
			// med 5 %").
			addSentences(units, split, analysed, passage, i + 1, j);
			addNestedLists(units, split, analysed, passage, i + 1, j);
			i = j;
		}
		if (guessed) {
			addTitledRuns(units, split, analysed, passage);
			addLabelledRuns(units, split, analysed, passage);
			addOrdinalRuns(units, split, analysed, passage);
			addInlineLists(units, split, analysed, passage);
		}
		return units;
	}

	/**
	 * Counted lists whose items number themselves in words ("tre huvudsakliga funktioner.
	 * En första funktion … Den andra funktionen …", see {@link OrdinalItems}): the
	 * lead-in with each item's sentence, for a question that asks for a list only (as a
	 * list read from its layout is): each sentence still answers on its own.
	 */
	private static void addOrdinalRuns(List<AnswerUnit> units, Split split, AnalysedSentences analysed,
			Passage passage) {
		if (!OrdinalItems.mayOpenIn(passage.text())) {
			return;
		}
		List<String> sentences = split.sentences();
		for (int i = 0; i + 1 < sentences.size(); i++) {
			String leadIn = sentences.get(i);
			int counted = endsWithAny(leadIn, ".:") ? counted(leadIn) : 0;
			if (counted == 0) {
				continue;
			}
			OrdinalItems found = OrdinalItems.from(sentences, i + 1, counted, 0);
			boolean open = found.reached() < counted && !found.sentences().isEmpty()
					&& runsToEnd(found.sentences(), sentences.size());
			if (found.reached() < MIN_ORDINAL_ITEMS && !open) {
				continue;
			}
			List<String> items = found.sentences().stream().map(sentences::get).toList();
			String before = i > 0 ? sentences.get(i - 1) + " " : "";
			units.add(list(compact(leadIn, items), heading(passage, leadIn), before + leadIn,
					termsOf(analysed, i > 0 ? i - 1 : i, i + 1), passage, units.size(), leadIn, items, open, 0, true));
		}
	}

	/**
	 * Lists written inside a sentence (see {@link InlineList}), each as a list with the
	 * sentence as its text, for a question that asks for a list only: a list's lead-in
	 * and the sentence before it say what it lists, and the sentence still answers on its
	 * own. An item's sentence is read as part of its list.
	 */
	private static void addInlineLists(List<AnswerUnit> units, Split split, AnalysedSentences analysed,
			Passage passage) {
		List<String> sentences = split.sentences();
		for (int i = 0; i < sentences.size(); i++) {
			if (split.items().get(i) || split.subPoints().get(i)) {
				continue;
			}
			String sentence = sentences.get(i);
			Optional<InlineList> inline = InlineList.in(sentence);
			if (inline.isEmpty()) {
				continue;
			}
			// A sentence names less of what it is about than a list's lead-in line does:
			// the whole heading path above it says it ("Kommunsida – Leksand, Rättvik och
			// Gagnef › FOKUS 20-25 …" above "Projektet har omfattat tre delar: 1. …").
			String headings = heading(passage, sentence);
			String before = i > 0 ? sentences.get(i - 1) + " " : "";
			// "Dessa kan finnas inom hälsa, det sociala området, …" lists what the
			// sentence before names ("aktörer inom flera olika sektorer"): both are its
			// lead-in, and the answer quotes both.
			boolean continues = i > 0 && !split.items().get(i - 1) && ReferringBack.opens(sentence);
			String pointedTo = continues ? pointedTo(passage, analysed.spans().get(i - 1), analysed.spans().get(i))
					: "";
			units.add(list(pointedTo + sentence, headings, before + sentence,
					termsOf(analysed, i > 0 ? i - 1 : i, i + 1), passage, units.size(),
					pointedTo + inline.get().leadIn(), inline.get().items(), false, 0, true));
		}
	}

	/**
	 * The sentence a sentence points back to, as the passage writes it up to that
	 * sentence, so that the unit is found in the passage (its section and page). By their
	 * offsets: a short sentence ("Samverkan.") may stand earlier in the passage too.
	 */
	private static String pointedTo(Passage passage, Sentences.Span before, Sentences.Span pointing) {
		return passage.text().substring(before.start(), pointing.start()).stripLeading();
	}

	/**
	 * The steps of a numbered list whose lead-in counts them, where each step has a text
	 * of its own before the next ("fem olika delsteg:" then "1. Samla ihop …", a
	 * paragraph on it, "2. Fokusera på avvikelserna" …): the paragraphs from sentence
	 * {@code from} on that open with the next step's number are added to {@code listed}.
	 * @return whether the lead-in counts more steps than the text holds: they may follow
	 * in the next passages
	 */
	private static boolean numberedSteps(Split split, int from, String leadIn, List<String> listed) {
		int steps = counted(leadIn);
		if (steps <= listed.size() || !numberedFromOne(listed)) {
			return false;
		}
		List<String> sentences = split.sentences();
		for (int k = from; k < sentences.size() && listed.size() < steps; k++) {
			boolean opens = k == 0 || split.paragraphEnds().get(k - 1);
			if (opens && sentences.get(k).startsWith((listed.size() + 1) + ". ")) {
				listed.add(sentences.get(k));
			}
		}
		return listed.size() < steps;
	}

	/** Whether items are numbered 1, 2, 3 … in order. */
	private static boolean numberedFromOne(List<String> items) {
		for (int k = 0; k < items.size(); k++) {
			if (!items.get(k).startsWith((k + 1) + ". ")) {
				return false;
			}
		}
		return !items.isEmpty();
	}

	/** Whether the next item might still stand after the last sentence found. */
	private static boolean runsToEnd(List<Integer> found, int sentences) {
		return sentences - 1 - found.get(found.size() - 1) < OrdinalItems.MAX_SENTENCES_BETWEEN;
	}

	/**
	 * Lists whose marks the extraction lost entirely: a short title line of its own
	 * ("Närvarande", "Referenser") followed by short lines, each a paragraph of its own
	 * (names, references). A title line may stand inside a longer run (a letterhead's
	 * lines above an attendee list), so each title line leads its own run and the scoring
	 * picks the one whose title and the line before it name the topic.
	 */
	private static void addTitledRuns(List<AnswerUnit> units, Split split, AnalysedSentences analysed,
			Passage passage) {
		List<String> sentences = split.sentences();
		for (int i = 0; i < sentences.size(); i++) {
			if (!titleLine(split, i)) {
				continue;
			}
			List<String> lines = new ArrayList<>();
			int end = i + 1;
			while (end < sentences.size() && shortLine(split, end)) {
				lines.add(ITEM_MARK + sentences.get(end));
				end++;
			}
			if (lines.size() < MIN_RUN_LINES) {
				continue;
			}
			String before = i > 0 ? sentences.get(i - 1) + " " : "";
			units.add(list(compact(sentences.get(i), lines), heading(passage, sentences.get(i)),
					before + sentences.get(i), termsOf(analysed, i > 0 ? i - 1 : i, i + 1), passage, units.size(),
					sentences.get(i), lines, false, 0, true));
		}
	}

	/**
	 * Lists whose items are paragraphs opening with one name numbered from 1 ("Mål 1.
	 * Unga i Dalarna ska …", "Mål 2. …"), after a sentence that need not lead in with a
	 * colon ("I rutan ses de mål som satts upp i strategin."): the sentence before them
	 * with each item's paragraph, for a question that asks for a list only.
	 */
	private static void addLabelledRuns(List<AnswerUnit> units, Split split, AnalysedSentences analysed,
			Passage passage) {
		List<String> sentences = split.sentences();
		for (int i = 1; i < sentences.size(); i++) {
			if (!split.paragraphEnds().get(i - 1)) {
				continue;
			}
			String first = paragraph(split, i);
			Matcher opening = NUMBERED_LABEL.matcher(first);
			if (!opening.lookingAt() || Integer.parseInt(opening.group(2)) != 1 || Captions.isCaption(first)) {
				continue;
			}
			String label = opening.group(1);
			List<String> items = new ArrayList<>();
			int start = i;
			while (start < sentences.size() && numberedLabel(paragraph(split, start), label, items.size() + 1)) {
				// An item set as a line of its own ends without a stop; quoted in a row
				// with the next, it needs one.
				String item = paragraph(split, start);
				items.add(endsWithAny(item, ".!?:;") ? item : item + ".");
				start = afterParagraph(split, start);
			}
			if (items.size() < MIN_LABELLED_ITEMS) {
				continue;
			}
			String leadIn = sentences.get(i - 1);
			String before = i > 1 ? sentences.get(i - 2) + " " : "";
			units.add(list(compact(leadIn, items), heading(passage, leadIn), before + leadIn,
					termsOf(analysed, i > 1 ? i - 2 : i - 1, i), passage, units.size(), leadIn, items, false, 0, true));
		}
	}

	/** Whether a paragraph opens with the given name and number ("Mål 2."). */
	private static boolean numberedLabel(String paragraph, String label, int number) {
		Matcher labelled = NUMBERED_LABEL.matcher(paragraph);
		return labelled.lookingAt() && label.equals(labelled.group(1)) && Integer.parseInt(labelled.group(2)) == number;
	}

	/** Whether sentence {@code k} is a whole paragraph: its own line in the report. */
	private static boolean wholeParagraph(Split split, int k) {
		return split.paragraphEnds().get(k) && (k == 0 || split.paragraphEnds().get(k - 1));
	}

	private static boolean titleLine(Split split, int k) {
		String line = split.sentences().get(k);
		return wholeParagraph(split, k) && !split.items().get(k) && line.length() <= MAX_TITLE_CHARS
				&& !endsWithAny(line, ".!?:;,") && written(line);
	}

	/**
	 * Whether a text's last character is one of {@code marks}, as a whole-text match of
	 * ".*[marks]" tells, without compiling that pattern for every sentence of every
	 * passage read.
	 */
	private static boolean endsWithAny(String text, String marks) {
		return !text.isEmpty() && marks.indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	private static boolean shortLine(Split split, int k) {
		return wholeParagraph(split, k) && !split.items().get(k) && !split.subPoints().get(k)
				&& split.sentences().get(k).length() <= MAX_LINE_CHARS && written(split.sentences().get(k))
				&& tableLine(split, k).isEmpty();
	}

	/**
	 * Whether a line is written in lower case too: lines all in capitals are a figure's
	 * labels ("INDIVIDPERSPEKTIV", "GRUPPNIVÅ") or a letterhead, not a list.
	 */
	private static boolean written(String line) {
		// a loop, not a stream: this runs for every short sentence of every passage read
		for (int i = 0; i < line.length(); i++) {
			if (Character.isLowerCase(line.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The numbered items between {@code from} and {@code to} that lead into bulleted
	 * points of their own ("8. Innehåll vid nästa möte." then "› Folkhälsoplaneraren", "›
	 * Trygghetsplatser" …), each as a list with that item as its lead-in: the outer
	 * list's lead-in does not say what the points are.
	 */
	private static void addNestedLists(List<AnswerUnit> units, Split split, AnalysedSentences analysed, Passage passage,
			int from, int to) {
		List<String> sentences = split.sentences();
		for (int k = from; k + 1 < to; k++) {
			if (!NUMBERED_ITEM.matcher(sentences.get(k)).lookingAt() || !split.paragraphEnds().get(k)
					|| !bulleted(split, k + 1)) {
				continue;
			}
			List<String> points = new ArrayList<>();
			int end = k + 1;
			while (end < to && (bulleted(split, end) || !split.paragraphEnds().get(end - 1))) {
				if (bulleted(split, end)) {
					points.add(sentences.get(end));
				}
				end++;
			}
			String compact = compact(sentences.get(k), points);
			units.add(list(compact, heading(passage, sentences.get(k)), sentences.get(k), termsOf(analysed, k, k + 1),
					passage, units.size(), sentences.get(k), points, end >= sentences.size(), 0, false));
		}
	}

	private static boolean bulleted(Split split, int k) {
		return split.items().get(k) && split.sentences().get(k).startsWith(ITEM_MARK);
	}

	/**
	 * A lead-in that ends in a colon and its paragraph, followed by a paragraph that is
	 * not marked as a list: what the colon promises is that paragraph, often a list whose
	 * marks were lost ("Länsstyrelsens uppdrag innebär:" then "att ge råd … att stimulera
	 * …"), so the two are quoted together; each sentence of the paragraph still answers
	 * on its own.
	 * @return the index of the first sentence after the paragraph
	 */
	private static int runIn(Split split, AnalysedSentences analysed, int leadIn, Passage passage,
			List<AnswerUnit> units) {
		List<String> sentences = split.sentences();
		String sentence = sentences.get(leadIn);
		int end = Math.min(afterParagraph(split, leadIn + 1), sentences.size());
		// A heading the chunker ran into the paragraph ("Målområde 5.") opens the next
		// section: the run-in stops before it.
		for (int k = leadIn + 2; k < end; k++) {
			if (RUN_IN_HEADING.matcher(sentences.get(k)).matches()) {
				end = k;
				break;
			}
		}
		String paragraph = String.join(" ", sentences.subList(leadIn + 1, end));
		String compact = sentence + " " + paragraph;
		String before = leadIn > 0 ? sentences.get(leadIn - 1) + " " : "";
		units.add(list(compact, heading(passage, sentence), before + compact,
				termsOf(analysed, leadIn > 0 ? leadIn - 1 : leadIn, end), passage, units.size(), sentence,
				List.of(paragraph), false, 0, false));
		addSentences(units, split, analysed, passage, leadIn + 1, end);
		return end;
	}

	/** Sentences {@code from} to {@code to} as units of their own, with their terms. */
	private static void addSentences(List<AnswerUnit> units, Split split, AnalysedSentences analysed, Passage passage,
			int from, int to) {
		for (int k = from; k < to; k++) {
			String sentence = split.sentences().get(k);
			Optional<AnswerUnit> row = tableRow(units, split, analysed, passage, k);
			units.add(row.isPresent() ? row.get() : sentence(sentence, passage, units.size(), analysed.terms().get(k),
					false, headingsAbove(split, analysed, passage, k)));
		}
	}

	/** The terms of sentences {@code from} to {@code to}, as the index analysed them. */
	private static Set<String> termsOf(AnalysedSentences analysed, int from, int to) {
		Set<String> terms = new HashSet<>();
		for (int k = from; k < to; k++) {
			terms.addAll(analysed.terms().get(k));
		}
		return terms;
	}

	/**
	 * Each heading right above sentence {@code k}, outermost first, when it opens its
	 * section's text: a question may name a section by a heading ("vad handlar
	 * åtgärdsområde 23 om"), and the section's first sentence says what it is about.
	 */
	private static List<Heading> headingsAbove(Split split, AnalysedSentences analysed, Passage passage, int k) {
		if (k == 0 || heading(split, analysed, passage, k) || !heading(split, analysed, passage, k - 1)) {
			return List.of();
		}
		List<Heading> headings = new ArrayList<>();
		for (int h = k - 1; h >= 0 && heading(split, analysed, passage, h); h--) {
			headings.add(0, new Heading(split.sentences().get(h), analysed.terms().get(h)));
		}
		return headings;
	}

	/** Whether sentence {@code k} is a heading: the last title of its section's path. */
	private static boolean heading(Split split, AnalysedSentences analysed, Passage passage, int k) {
		String path = passage.sectionAt(analysed.spans().get(k).start());
		if (path == null || path.isEmpty()) {
			return false;
		}
		return split.sentences().get(k).equals(path.substring(path.lastIndexOf(SECTION_SEPARATOR) + 1).strip());
	}

	/**
	 * Sentence {@code k} as a table's row read under its header row: the nearest row
	 * above it in the same table (the lines of tab-separated cells right above it) whose
	 * cells are not figures. Its terms are the row's and the header's, as the index
	 * analysed them: a question asks for "utskrivningsklara dagar i juni", which the row
	 * names only by its heading.
	 * @return the row as a unit, or empty when the sentence is no row, is a header row
	 * itself, or stands under no header
	 */
	private static Optional<AnswerUnit> tableRow(List<AnswerUnit> units, Split split, AnalysedSentences analysed,
			Passage passage, int k) {
		Optional<TableRow> row = tableLine(split, k);
		if (row.isEmpty() || row.get().header()) {
			return Optional.empty();
		}
		for (int h = k - 1; h >= 0; h--) {
			Optional<TableRow> above = tableLine(split, h);
			if (above.isEmpty()) {
				return Optional.empty();
			}
			if (above.get().header()) {
				int header = h;
				return row.get().under(above.get()).map(text -> {
					Set<String> terms = new HashSet<>(analysed.terms().get(k));
					terms.addAll(analysed.terms().get(header));
					return sentence(text, passage, units.size(), terms, true, List.of());
				});
			}
		}
		return Optional.empty();
	}

	/** Sentence {@code k} as a table's row, when it is a line of its own with tabs. */
	private static Optional<TableRow> tableLine(Split split, int k) {
		return wholeParagraph(split, k) ? TableRow.of(split.sentences().get(k)) : Optional.empty();
	}

	/** How many items a lead-in counts ("De fem strategierna …:"), or 0. */
	static int counted(String leadIn) {
		Matcher count = COUNTED.matcher(leadIn);
		if (!count.find()) {
			return 0;
		}
		if (count.group(1) != null) {
			return NumberWords.count(count.group(1).toLowerCase(Locale.ROOT));
		}
		return Integer.parseInt(count.group(2));
	}

	/**
	 * This list with the items a following passage opens with (a long list is cut into
	 * passages: "Träff 1: …" to "Träff 5: …"). What the passages overlap on is read once,
	 * and the rest of an item's paragraph that the passage opens with belongs to that
	 * item.
	 * @param at the passage the list has been read to
	 * @param next the passage after it
	 * @return the list continued, or this list when the passage opens with no item
	 */
	AnswerUnit continuedBy(Passage at, Passage next) {
		if (!list) {
			return this;
		}
		int overlap = Math.max(0, Math.min(next.text().length(), at.end() - next.start()));
		String rest = next.text().substring(overlap);
		if (paragraphs == 0 && counted(leadIn) > items.size() && numberedFromOne(items)) {
			return continuedBySteps(rest.strip());
		}
		int reached = paragraphs == 0 && !items.isEmpty() && !ITEM.matcher(items.get(0)).find()
				? OrdinalItems.reachedIn(items) : 0;
		if (reached > 0) {
			return continuedOrdinally(rest.strip(), reached);
		}
		boolean paragraphStart = overlap > 0 ? rest.startsWith("\n\n") || rest.isBlank()
				: next.start() - at.end() >= PARAGRAPH_BREAK;
		String continuing = rest.strip();
		Split split = split(continuing, Sentences.split(continuing));
		int first = paragraphStart ? 0 : afterParagraph(split, 0);
		// A marked list goes on with the items the passage opens with; a stray paragraph
		// before them (a caption, a page's heading) is passed over.
		if (paragraphs == 0 && first < split.sentences().size() && !split.items().get(first)
				&& !split.subPoints().get(first)) {
			first = afterParagraph(split, first);
		}
		if (first >= split.sentences().size()
				|| paragraphs == 0 && !split.items().get(first) && !split.subPoints().get(first)) {
			return this;
		}
		List<String> joined = new ArrayList<>(items);
		int end = items(split, first, joined, paragraphs);
		if (joined.size() == items.size()) {
			return this;
		}
		String compact = compact(leadIn, joined);
		boolean stillOpen = end >= split.sentences().size() && (paragraphs == 0 || joined.size() < paragraphs);
		return listing(compact, joined, stillOpen, paragraphs);
	}

	/**
	 * This list of numbered steps with those the text of a following passage holds, past
	 * the text on each step.
	 */
	private AnswerUnit continuedBySteps(String continuing) {
		Split split = split(continuing, Sentences.split(continuing));
		List<String> joined = new ArrayList<>(items);
		boolean stillOpen = numberedSteps(split, 0, leadIn, joined);
		if (joined.size() == items.size()) {
			return this;
		}
		return listing(compact(leadIn, joined), joined, stillOpen, 0);
	}

	/**
	 * This list of items that number themselves in words with those the text of a
	 * following passage goes on with.
	 */
	private AnswerUnit continuedOrdinally(String continuing, int reached) {
		List<String> sentences = split(continuing, Sentences.split(continuing)).sentences();
		int counted = counted(leadIn);
		OrdinalItems found = OrdinalItems.from(sentences, 0, counted, reached);
		if (found.sentences().isEmpty()) {
			return this;
		}
		List<String> joined = new ArrayList<>(items);
		found.sentences().forEach(k -> joined.add(sentences.get(k)));
		boolean stillOpen = found.reached() < counted && runsToEnd(found.sentences(), sentences.size());
		return listing(compact(leadIn, joined), joined, stillOpen, 0);
	}

	/** The paragraph from sentence {@code from} on. */
	private static String paragraph(Split split, int from) {
		StringBuilder text = new StringBuilder();
		for (int j = from; j < split.sentences().size(); j++) {
			text.append(text.isEmpty() ? "" : " ").append(split.sentences().get(j));
			if (split.paragraphEnds().get(j)) {
				break;
			}
		}
		return text.toString();
	}

	/** The first sentence after the paragraph that holds sentence {@code from}. */
	private static int afterParagraph(Split split, int from) {
		int j = from;
		while (j < split.sentences().size() && !split.paragraphEnds().get(j)) {
			j++;
		}
		return j + 1;
	}

	/**
	 * The items from a sentence on, added to {@code listed}; returns the index of the
	 * first sentence after them. Marked items run on over their paragraph and the points
	 * under them; a counted list of plain paragraphs takes one item a paragraph until it
	 * holds as many as its lead-in counts.
	 */
	private static int items(Split split, int from, List<String> listed, int paragraphs) {
		List<String> sentences = split.sentences();
		if (paragraphs > 0) {
			int j = from;
			while (j < sentences.size()) {
				boolean opens = j == from || split.paragraphEnds().get(j - 1);
				if (opens && listed.size() >= paragraphs) {
					break;
				}
				if (opens) {
					Matcher item = PARAGRAPH_ITEM.matcher(paragraph(split, j));
					if (!item.find()) {
						break;
					}
					// quoted by what it names, marked as an item is
					listed.add(ITEM_MARK + item.group(1).strip());
				}
				j++;
			}
			return j;
		}
		List<Boolean> items = split.items();
		int j = from;
		boolean inList = !listed.isEmpty();
		// Whether sentence j goes on the paragraph an item opened, not a point under it
		// or a stray paragraph after it.
		boolean inItem = false;
		while (j < sentences.size()) {
			if (items.get(j)) {
				listed.add(sentences.get(j));
				inList = true;
				inItem = true;
			}
			else if (inList
					&& (split.subPoints().get(j) || j > 0 && (!paragraphStartOfNonItem(items, split.paragraphEnds(), j)
							|| nextLabelFollows(split, j, listed.get(listed.size() - 1))))) {
				// the rest of an item's paragraph, and the points under it, belong to it;
				// the list quotes the item's paragraph ("Kan vi och ni påverka
				// folkhälsoläget? I så fall, hur?"), up to a line's length (a PDF's text
				// may run the prose after a list on in its last item's paragraph), not
				// the points under it
				inItem = inItem && !split.subPoints().get(j) && !split.paragraphEnds().get(j - 1);
				String item = listed.get(listed.size() - 1);
				if (inItem && item.length() + 1 + sentences.get(j).length() <= MAX_ITEM_CHARS) {
					listed.set(listed.size() - 1, item + " " + sentences.get(j));
				}
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
	private record Split(List<String> sentences, List<Boolean> items, List<Boolean> paragraphEnds,
			List<Boolean> subPoints) {
	}

	/** A text's sentences at the given offsets, each read as an item or not. */
	private static Split split(String text, List<Sentences.Span> spans) {
		List<String> sentences = new ArrayList<>();
		List<Boolean> items = new ArrayList<>();
		List<Boolean> paragraphEnds = new ArrayList<>();
		List<Boolean> subPoints = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			Sentences.Span span = spans.get(i);
			String sentence = text.substring(span.start(), span.end()).strip();
			boolean paragraphStart = span.start() == 0 || text.startsWith("\n\n", span.start() - 2);
			sentences.add(sentence);
			items.add(paragraphStart && ITEM.matcher(sentence).find() || LABELLED.matcher(sentence).find());
			subPoints.add(paragraphStart && SUB_POINT.matcher(sentence).find());
			boolean paragraphEnd = i + 1 >= spans.size()
					|| text.substring(span.end(), spans.get(i + 1).start()).contains("\n\n");
			paragraphEnds.add(paragraphEnd);
		}
		return new Split(sentences, items, paragraphEnds, subPoints);
	}

	/**
	 * The innermost heading of the passage's section path, or the report's title when it
	 * stands under no heading (an invitation's "Datum för arbetsträffar:" is about the
	 * project its title names), with a space after it.
	 */
	/**
	 * The heading path a list's lead-in stands under, with a space after it: a passage
	 * may run on across short sections, and a list is about the section it stands in, not
	 * the one its passage opens in.
	 */
	private static String heading(Passage passage, String leadIn) {
		String path = passage.sectionAt(Math.max(0, passage.text().indexOf(leadIn)));
		return path == null || path.isBlank() ? heading(passage) : path.replace(SECTION_SEPARATOR, ' ') + " ";
	}

	private static String heading(Passage passage) {
		String section = passage.section();
		if (section == null || section.isBlank()) {
			return passage.title() == null || passage.title().isBlank() ? "" : passage.title() + " ";
		}
		return section.substring(section.lastIndexOf(SECTION_SEPARATOR) + 1).strip() + " ";
	}

	private static String shortened(String item, int max) {
		if (item.length() <= max) {
			return item;
		}
		int cut = item.lastIndexOf(' ', max);
		return item.substring(0, cut > 0 ? cut : max) + " …";
	}

	private static boolean paragraphStartOfNonItem(List<Boolean> items, List<Boolean> paragraphEnds, int j) {
		return !items.get(j) && paragraphEnds.get(j - 1);
	}

	/** Each item's opening, without its mark, as many characters as given at most. */
	List<String> itemOpenings(int chars) {
		return items.stream()
			.map(item -> ITEM_ARROW.matcher(item).replaceFirst(""))
			.map(item -> item.substring(0, Math.min(item.length(), chars)))
			.toList();
	}

	/**
	 * A list as one line: the lead-in, then each item, whole when the whole list fits;
	 * otherwise each item by its opening words, in an equal share of the room, so that
	 * every item is seen with what it says. When that share is too small for more than a
	 * name, items that name a thing and then explain it are quoted by their names ("a, b
	 * och c").
	 */
	static String compact(String leadIn, List<String> items) {
		int whole = leadIn.length() + items.stream().mapToInt(item -> item.length() + 1).sum();
		if (whole <= MAX_WHOLE_LIST_CHARS) {
			return leadIn + items.stream().map(item -> " " + item).collect(Collectors.joining());
		}
		if (items.isEmpty()) {
			return leadIn;
		}
		int share = (MAX_WHOLE_LIST_CHARS - leadIn.length()) / items.size() - ITEM_ROOM;
		List<String> heads = share >= MIN_ITEM_SHARE ? null : heads(items);
		StringBuilder out = new StringBuilder(leadIn);
		if (heads != null && heads.size() > 1) {
			for (int i = 0; i < heads.size(); i++) {
				out.append(i == 0 ? " " : i == heads.size() - 1 ? " och " : ", ").append(heads.get(i));
			}
			return out.append('.').toString();
		}
		int itemChars = share >= MIN_ITEM_SHARE ? share : MIN_ITEM_CHARS;
		for (String item : items) {
			out.append(' ').append(shortened(item, itemChars));
		}
		return out.toString();
	}

	/** Each item's name, or null when an item names no thing before explaining it. */
	private static List<String> heads(List<String> items) {
		List<String> heads = new ArrayList<>();
		for (String item : items) {
			var head = ITEM_HEAD.matcher(ITEM_ARROW.matcher(item).replaceFirst(""));
			if (!head.find() || SPACES.split(head.group(1)).length > MAX_HEAD_WORDS
					|| LABEL.matcher(head.group(1).strip()).matches()) {
				return null;
			}
			heads.add(head.group(1).strip());
		}
		return heads;
	}

}
