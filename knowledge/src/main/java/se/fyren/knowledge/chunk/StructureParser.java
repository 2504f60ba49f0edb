package se.fyren.knowledge.chunk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.clean.Line;

/**
 * Finds a report's headings (numbered {@code 3.1.1 SKAPA MÖJLIGHETSFÖNSTER},
 * {@code Kapitel 4}, all-caps lines such as {@code FALLBESKRIVNING 2}, short title lines,
 * Markdown headings) and groups the other lines into paragraphs that know their section
 * path.
 */
final class StructureParser {

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\s+(\\p{Lu}.*)$");

	private static final Pattern ENUMERATED = Pattern.compile("\\d{1,2}[.)]\\s");

	static final String ITEM_MARK = "› ";

	private static final Pattern CHAPTER = Pattern.compile("^(?i:kapitel)\\s+\\d+\\b.*$");

	// "Målområde 2. Kompetenser, kunskaper och utbildning", "Nivå 3. Barnhälsoteam": a
	// section named by a word and its number, then its title.
	private static final Pattern LABELLED = Pattern.compile("^(\\p{Lu}\\p{Ll}+)\\s+\\d{1,2}\\.\\s+\\p{Lu}.*$");

	private static final int MAX_HEADING_CHARS = 90;

	private static final int MAX_TITLE_CHARS = 70;

	private static final int MAX_TITLE_WORDS = 10;

	// A paragraph of prose says something in a sentence of its own: a label or a name
	// line is shorter.
	private static final int MIN_PROSE_WORDS = 8;

	// A wrapped heading's continuation is short and ends the heading.
	private static final int MAX_CONTINUATION_CHARS = 60;

	private static final Pattern AUTHOR_YEAR = Pattern.compile("\\((?:19|20)\\d{2}\\)");

	private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");

	// A citation of a law or a source: "Regeringsformen, SFS 2011:109, 1 kap., § 2".
	private static final Pattern LEGAL_REFERENCE = Pattern.compile("§|\\bSFS\\b|\\bkap\\.");

	// "Sociala innovationer: Mikael Källman, Region Dalarna": a credit, not a heading.
	private static final Pattern CREDIT = Pattern.compile(":\\s*\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+.*,");

	private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2}");

	// A heading never ends on a word that needs one after it.
	private static final java.util.Set<String> DANGLING_WORDS = java.util.Set.of("i", "för", "och", "av", "med", "till",
			"på", "om", "att", "som", "en", "ett", "den", "det", "de", "från", "kring", "eller", "samt", "mot", "vid",
			"under", "över", "the", "of", "and", "for", "to", "in", "a");

	// "Figur 3.2. Samverkansprocessens …", "Källa: SCB", "Foto: Anna Berg": a caption, a
	// source or a credit, set apart as a banner would be.
	private static final Pattern CAPTION = Pattern.compile(
			"(?iu)(?:(?:figur|figure|tabell|table|diagram|bild)\\s*\\d|(?:källa|foto|bild|source|photo)\\s*[:\\d])");

	// A year: a banner names a page's subject ("Kommunsida – Mora"), a line with a year
	// names a report or its date ("Slutrapport 2019").
	private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

	private static final Pattern APPENDIX = Pattern.compile("^(?i:bilaga)\\b.*$");

	private record Heading(int level, String title) {
	}

	List<Block> parse(List<Line> lines) {
		List<Block> blocks = new ArrayList<>();
		Deque<Heading> path = new ArrayDeque<>();
		StringBuilder paragraph = new StringBuilder();
		Integer paragraphPage = null;
		int numberedLevel = 0;
		boolean bannered = false;
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (line.blank()) {
				paragraphPage = flush(blocks, paragraph, paragraphPage, path);
				continue;
			}
			int level = headingLevel(lines, i, numberedLevel);
			if (level == 0 && banner(lines, i, numberedLevel)) {
				paragraphPage = flush(blocks, paragraph, paragraphPage, path);
				while (!path.isEmpty() && path.peekLast().level() > numberedLevel) {
					path.removeLast();
				}
				path.addLast(new Heading(numberedLevel + 1, line.text().strip()));
				blocks.add(new Block(Block.Kind.HEADING, line.text().strip(), line.page(), sectionOf(path), false));
				bannered = true;
				continue;
			}
			// The title under a banner, wrapped or not, is a heading below it.
			int titleEnd = bannered && level == 0 ? wrappedTitle(lines, i) : i;
			boolean wrappedUnderBanner = titleEnd > i;
			if (wrappedUnderBanner || level > 0 && bannered && level == numberedLevel + 1
					&& !NUMBERED.matcher(line.text()).matches() && line.markdownLevel() == 0) {
				level = numberedLevel + 2;
			}
			bannered = false;
			if (level == numberedLevel + 1 && underCapitals(path, level, line)) {
				level++;
			}
			if (level > 0) {
				paragraphPage = flush(blocks, paragraph, paragraphPage, path);
				StringBuilder title = new StringBuilder(line.text());
				while (i < titleEnd) {
					title.append(' ').append(lines.get(++i).text());
				}
				// A heading set in capitals often wraps over several lines; so does a
				// numbered one whose next line goes on in lower case.
				while (i + 1 < lines.size() && (isAllCaps(lines.get(i + 1).text()) && isAllCaps(title.toString())
						|| continuesHeading(lines.get(i + 1), title))) {
					title.append(' ').append(lines.get(++i).text());
				}
				if (NUMBERED.matcher(line.text()).matches() || line.markdownLevel() > 0) {
					numberedLevel = level;
				}
				while (!path.isEmpty() && path.peekLast().level() >= level) {
					path.removeLast();
				}
				path.addLast(new Heading(level, title.toString().strip()));
				blocks
					.add(new Block(Block.Kind.HEADING, title.toString().strip(), line.page(), sectionOf(path), false));
				continue;
			}
			if (tableRow(line.text())) {
				// A table's row stays a line of its own: in a paragraph, its cells would
				// run into the next row's.
				paragraphPage = flush(blocks, paragraph, paragraphPage, path);
				paragraph.append(line.text());
				paragraphPage = flush(blocks, paragraph, line.page(), path);
				continue;
			}
			if (line.listItem()) {
				paragraphPage = flush(blocks, paragraph, paragraphPage, path);
			}
			// An address ends its contact line: what follows is not part of it. The
			// paragraph ends with the line before, so that line is all that is read.
			if (!paragraph.isEmpty() && ContactBlock.endsWithAddress(lines.get(i - 1).text())) {
				paragraphPage = flush(blocks, paragraph, paragraphPage, path);
			}
			if (paragraph.isEmpty()) {
				paragraphPage = line.page();
				// Items keep a mark, so that a list reads as a list in passages and
				// answers.
				paragraph.append(line.listItem() && !ENUMERATED.matcher(line.text()).lookingAt() ? ITEM_MARK : "");
			}
			else {
				paragraph.append(' ');
			}
			paragraph.append(line.text());
		}
		flush(blocks, paragraph, paragraphPage, path);
		return joinAcrossPageBreaks(blocks);
	}

	private static Integer flush(List<Block> blocks, StringBuilder paragraph, Integer page, Deque<Heading> path) {
		if (!paragraph.isEmpty()) {
			String text = paragraph.toString();
			boolean item = text.startsWith(ITEM_MARK) || ENUMERATED.matcher(text).lookingAt();
			blocks.add(new Block(Block.Kind.PARAGRAPH, text, page, sectionOf(path), item));
			paragraph.setLength(0);
		}
		return null;
	}

	/**
	 * A sentence cut by a page break (footer, blank lines) continues in lower case on the
	 * next page.
	 */
	private static List<Block> joinAcrossPageBreaks(List<Block> blocks) {
		List<Block> out = new ArrayList<>(blocks.size());
		for (Block block : blocks) {
			Block previous = out.isEmpty() ? null : out.get(out.size() - 1);
			if (previous != null && previous.kind() == Block.Kind.PARAGRAPH && block.kind() == Block.Kind.PARAGRAPH
					&& !endsSentence(previous.text()) && Character.isLowerCase(block.text().charAt(0))
					&& !tableRow(previous.text()) && !tableRow(block.text())) {
				out.set(out.size() - 1, new Block(Block.Kind.PARAGRAPH, previous.text() + " " + block.text(),
						previous.page(), previous.section(), previous.listItem()));
			}
			else {
				out.add(block);
			}
		}
		return out;
	}

	private static boolean endsSentence(String text) {
		char last = text.charAt(text.length() - 1);
		return ".!?:;".indexOf(last) >= 0;
	}

	private static String sectionOf(Deque<Heading> path) {
		return path.stream().map(Heading::title).collect(Collectors.joining(Passage.SECTION_SEPARATOR));
	}

	private int headingLevel(List<Line> lines, int i, int numberedLevel) {
		Line line = lines.get(i);
		String text = line.text();
		if (line.markdownLevel() > 0) {
			return line.markdownLevel();
		}
		if (line.listItem() || text.length() > MAX_HEADING_CHARS || endsLikeProse(text) || notAHeading(text)) {
			return 0;
		}
		Matcher numbered = NUMBERED.matcher(text);
		if (numbered.matches()) {
			return numbered.group(1).split("\\.").length;
		}
		if (CHAPTER.matcher(text).matches() || APPENDIX.matcher(text).matches()) {
			return 1;
		}
		if (isAllCaps(text)) {
			return numberedLevel + 1;
		}
		if ((isTitleLine(lines, i) || labelledTitle(lines, i) || setApartTitle(lines, i)) && !danglingEnd(text)
				&& !signature(lines, i)) {
			return numberedLevel + 1;
		}
		return 0;
	}

	/**
	 * A short capitalised line set apart by blank lines above a paragraph of prose: a
	 * heading in a text whose every paragraph, headings too, stands between blank lines
	 * ("Samlingens syften är två", then "Samlingens syfte för detta första steg …"),
	 * after a paragraph that ends a sentence. A line under a heading (a chapter's title),
	 * among a table's cells or above a short line (a title under its banner, a name, a
	 * label), a list or a table is none.
	 */
	private static boolean setApartTitle(List<Line> lines, int i) {
		String text = lines.get(i).text().strip();
		if (i > 0 && !lines.get(i - 1).blank() || text.length() > MAX_TITLE_CHARS
				|| text.split("\\s+").length > MAX_TITLE_WORDS || !Character.isUpperCase(text.charAt(0))
				|| CAPTION.matcher(text).lookingAt() || PERSON_NAME.matcher(text).matches()) {
			return false;
		}
		int before = nonBlank(lines, i - 1, -1);
		if (before >= 0 && ".!?".indexOf(lastChar(lines.get(before).text().strip())) < 0) {
			return false;
		}
		int next = nonBlank(lines, i + 1, 1);
		if (next == i + 1 || next == lines.size()) {
			return false;
		}
		Line first = lines.get(next);
		String opening = first.text().strip();
		if (first.listItem() || tableRow(first.text()) || !Character.isUpperCase(opening.charAt(0))
				|| opening.length() <= MAX_TITLE_CHARS && !endsLikeProse(opening)) {
			return false;
		}
		StringBuilder paragraph = new StringBuilder();
		for (int k = next; k < lines.size() && !lines.get(k).blank(); k++) {
			paragraph.append(lines.get(k).text().strip()).append(' ');
		}
		String prose = paragraph.toString().strip();
		return prose.split("\\s+").length >= MIN_PROSE_WORDS && ".!?:".indexOf(prose.charAt(prose.length() - 1)) >= 0;
	}

	/**
	 * A short line that names its section by a word, a number and a title, above a blank
	 * line and the text under it ("Målområde 1. Det tidiga livets villkor"), after a
	 * blank line or a sentence's end. One beside a line of the same word with another
	 * number ("Mål 1. Unga ska bli sedda", "Mål 2. Unga ska kunna påverka") is an item of
	 * a list of such lines, and a caption ("Figur 3. Andel elever") is no heading.
	 */
	private static boolean labelledTitle(List<Line> lines, int i) {
		String text = lines.get(i).text().strip();
		Matcher labelled = LABELLED.matcher(text);
		if (!labelled.matches() || text.length() > MAX_TITLE_CHARS || text.split("\\s+").length > MAX_TITLE_WORDS
				|| CAPTION.matcher(text).lookingAt()
				|| i > 0 && !lines.get(i - 1).blank() && !endsSentence(lines.get(i - 1).text().strip())) {
			return false;
		}
		int next = nonBlank(lines, i + 1, 1);
		int previous = nonBlank(lines, i - 1, -1);
		return next > i + 1 && next < lines.size() && !sameLabel(lines, next, labelled.group(1))
				&& !sameLabel(lines, previous, labelled.group(1));
	}

	/** The first line from {@code from}, stepping by {@code step}, that is not blank. */
	private static int nonBlank(List<Line> lines, int from, int step) {
		int at = from;
		while (at >= 0 && at < lines.size() && lines.get(at).blank()) {
			at += step;
		}
		return at;
	}

	/** Whether line {@code at} opens with the label word given and a number. */
	private static boolean sameLabel(List<Line> lines, int at, String label) {
		if (at < 0 || at >= lines.size()) {
			return false;
		}
		Matcher other = LABELLED.matcher(lines.get(at).text().strip());
		return other.matches() && other.group(1).equals(label);
	}

	/**
	 * Lines shaped like headings that are not: footnotes, links, e-mail addresses, legal
	 * citations, meeting notices with a date, credits naming people, table rows.
	 */
	static boolean notAHeading(String text) {
		return AUTHOR_YEAR.matcher(text).find() || URL.matcher(text).find() || ContactBlock.addressed(text)
				|| LEGAL_REFERENCE.matcher(text).find() || MeetingNotice.in(text) || CREDIT.matcher(text).find()
				|| tableRow(text);
	}

	/** Whether a line is a table's row: its cells separated by tabs. */
	static boolean tableRow(String text) {
		return text.indexOf('\t') >= 0;
	}

	private static boolean danglingEnd(String text) {
		String[] words = text.strip().split("\\s+");
		return DANGLING_WORDS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * A name on its own line followed by a short role line closes a letter or a preface.
	 */
	private static boolean signature(List<Line> lines, int i) {
		return PERSON_NAME.matcher(lines.get(i).text().strip()).matches() && i + 1 < lines.size()
				&& !lines.get(i + 1).blank() && lines.get(i + 1).text().strip().split("\\s+").length <= 2;
	}

	/**
	 * A short line set apart above a heading, with a blank line between them, heads that
	 * heading: a page's banner ("Kommunsida – Smedjebacken" over "Motivationslyftet").
	 * Printed across a page's top, it may follow the last line of the page before without
	 * a blank.
	 */
	private boolean banner(List<Line> lines, int i, int numberedLevel) {
		Line line = lines.get(i);
		String text = line.text().strip();
		if (line.listItem() || text.isEmpty() || text.length() > MAX_TITLE_CHARS
				|| text.split("\\s+").length > MAX_TITLE_WORDS || !Character.isUpperCase(text.charAt(0))
				|| endsLikeProse(text) || notAHeading(text) || danglingEnd(text) || PERSON_NAME.matcher(text).matches()
				|| CAPTION.matcher(text).lookingAt() || YEAR.matcher(text).find() || i + 2 >= lines.size()
				|| !lines.get(i + 1).blank()) {
			return false;
		}
		int next = i + 1;
		while (next < lines.size() && lines.get(next).blank()) {
			next++;
		}
		if (i > 0 && !lines.get(i - 1).blank() && continuesOnNextLine(lines.get(i - 1).text().strip())) {
			return false;
		}
		return next < lines.size() && (headingLevel(lines, next, numberedLevel) > 0 || wrappedTitle(lines, next) > next)
				&& !NUMBERED.matcher(lines.get(next).text()).matches() && lines.get(next).markdownLevel() == 0;
	}

	/**
	 * The last line of a title wrapped over two lines or more ("Förhindra
	 * skolmisslyckanden, elevers skolavhopp och öka" / "närvaron"), or {@code i} when
	 * line {@code i} opens none: the title goes on in lower case, ends unlike a sentence,
	 * and text begins after it (a paragraph's lines go on in lower case).
	 */
	private static int wrappedTitle(List<Line> lines, int i) {
		String text = lines.get(i).text().strip();
		if (lines.get(i).listItem() || text.length() > MAX_TITLE_CHARS || !Character.isUpperCase(text.charAt(0))) {
			return i;
		}
		int last = i;
		while (last + 1 < lines.size() && goesOnInLowerCase(lines.get(last + 1))) {
			last++;
		}
		boolean textAfter = last + 1 == lines.size() || lines.get(last + 1).blank()
				|| Character.isUpperCase(lines.get(last + 1).text().strip().charAt(0));
		return last > i && textAfter ? last : i;
	}

	private static boolean goesOnInLowerCase(Line line) {
		String text = line.text().strip();
		return !line.blank() && !line.listItem() && Character.isLowerCase(text.charAt(0))
				&& text.length() <= MAX_HEADING_CHARS && !endsLikeProse(text) && !ContactBlock.addressed(text);
	}

	/** A line ending in a comma or on a word that needs another goes on below it. */
	private static boolean continuesOnNextLine(String text) {
		return text.endsWith(",") || danglingEnd(text);
	}

	/** The next line of a wrapped heading goes on in lower case and is short. */
	private static boolean continuesHeading(Line next, StringBuilder title) {
		String text = next.text().strip();
		return !next.blank() && !next.listItem() && Character.isLowerCase(text.charAt(0))
				&& text.length() <= MAX_CONTINUATION_CHARS && !endsLikeProse(text) && !ContactBlock.addressed(text)
				&& title.length() + text.length() <= MAX_HEADING_CHARS + MAX_CONTINUATION_CHARS;
	}

	private static char lastChar(String text) {
		return text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
	}

	private static boolean endsLikeProse(String text) {
		char last = text.charAt(text.length() - 1);
		return ".,;:".indexOf(last) >= 0;
	}

	/** A short capitalised line on its own, directly followed by body text. */
	private static boolean isTitleLine(List<Line> lines, int i) {
		String text = lines.get(i).text();
		boolean startsParagraph = i == 0 || lines.get(i - 1).blank();
		boolean followedByText = i + 1 < lines.size() && !lines.get(i + 1).blank()
				&& Character.isUpperCase(lines.get(i + 1).text().charAt(0));
		return startsParagraph && followedByText && text.length() <= MAX_TITLE_CHARS
				&& text.split("\\s+").length <= MAX_TITLE_WORDS && Character.isUpperCase(text.charAt(0));
	}

	/**
	 * Whether a heading in ordinary case stands under an unnumbered heading in capitals
	 * that numbers a part ("FALLBESKRIVNING 2 DIALOGKEDJA SOM INVOLVERAR OCH ENGAGERAR"):
	 * the lighter heading is one of the part's pieces ("Dialogfrågor"), not the next
	 * part. Capitals without a number are often a figure's labels ("PLANERING",
	 * "UPPFÖLJNING OCH ANALYS") or a cover's title: what follows them is not theirs.
	 */
	private static boolean underCapitals(Deque<Heading> path, int level, Line line) {
		String text = line.text();
		if (text.chars().noneMatch(Character::isLowerCase) || NUMBERED.matcher(text).matches()
				|| CHAPTER.matcher(text).matches() || APPENDIX.matcher(text).matches() || line.markdownLevel() > 0) {
			return false;
		}
		return path.stream()
			.anyMatch(heading -> heading.level() == level && isAllCaps(heading.title())
					&& heading.title().chars().anyMatch(Character::isDigit));
	}

	static boolean isAllCaps(String text) {
		long letters = text.chars().filter(Character::isLetter).count();
		long upper = text.chars().filter(Character::isUpperCase).count();
		return letters >= 4 && upper >= 0.9 * letters;
	}

}
