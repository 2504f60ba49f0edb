package se.fyren.knowledge.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.ingest.PageText;
import se.fyren.knowledge.ingest.RawDocument;

/**
 * Repairs the damage of PDF/DOCX text extraction, line by line: page footers (which also
 * tell the page of an unpaged text export), running headers, words hyphenated across
 * lines, URLs printed twice, bullets and Markdown markup.
 */
public final class TextCleaner {

	private static final Pattern FOOTER = Pattern.compile("^\\s*(\\d{1,3})\\s*(\\(\\s*\\d{1,3}\\s*\\))?\\s*$");

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*)$");

	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[›•▪◦●■□➢➤»–]|[-*+](?=\\s))\\s*");

	// "1. Det tidiga livets villkor": an item of a numbered list; the number stays.
	private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\d{1,2}[.)]\\s+\\S");

	// One space, then the item's text: what a dropped bullet glyph leaves (see
	// lostBullet).
	private static final Pattern LOST_BULLET = Pattern.compile("^ [^\\s›•▪◦●■□➢➤»–*+-]");

	// A list opens after a paragraph's blank line; more blank lines are a page's end,
	// where a dropped footnote leaves its lines blank and a paragraph of the page
	// before goes on with a wrapped line that may open with a space.
	private static final int MAX_BLANKS_BEFORE_ITEM = 2;

	// "Kapitel 2", "Målområde 5. Boende och närmiljö": a numbered heading, not an item.
	private static final Pattern NUMBERED_LABEL = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+\\d{1,2}(?:\\.\\s.*)?");

	// A line's last word before its closing hyphen: group 1 its token up to and with the
	// last character that is no letter, if any, group 2 the letters after it. Tried only
	// from a word's start; the greedy prefix gives its characters back one at a time and
	// the letters after each character that is no letter are read once, so a long token
	// (a link's target) is read a few times over, not once from each of its letters.
	private static final Pattern LINE_END_HYPHEN = Pattern.compile("(?<!\\S)((?:\\S*[^\\s\\p{L}])?)(\\p{L}++)-$");

	private static final Pattern FIRST_TOKEN = Pattern.compile("^(\\S+)(.*)$");

	private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S+$");

	// A line that ends inside a link: its last token is a URL, cut where the line ends
	// ("…/publikationer/", "…/contentassets/4ffeef74a7d"). One that ends in a stop or a
	// comma ends the link there ("Mer på www.regiondalarna.se.").
	private static final Pattern ENDS_IN_URL = Pattern.compile("(?:https?://|www\\.)\\S*[\\p{L}\\d/_=#%~+]$",
			Pattern.UNICODE_CHARACTER_CLASS);

	// How a link's rest opens the next line: a token of a path in lower case or figures,
	// standing alone before a space ("74fcdbb…/bilaga-7.pdf", "riktlinje-for-uppsala-…").
	private static final Pattern URL_REST = Pattern.compile("^([\\p{Ll}\\d][\\w%~=&?#+./-]*)(\\s.*)?$",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A path's end: a page's extension, or a slash closing a folder.
	private static final Pattern PATH_END = Pattern.compile("(?:\\.(?:html?|pdf|aspx?|php)|/)$");

	// Figures with dashes and slashes are a date or a span ("2023-05-12", "2020/21").
	private static final Pattern FIGURES = Pattern.compile("[\\d/-]+");

	// A slug of this many hyphens is a path's ("riktlinje-for-uppsala-kommuns-…"), not a
	// word's ("covid-19-pandemin").
	private static final int MIN_SLUG_HYPHENS = 3;

	private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{Ll}[\\p{L}\\p{N}]*)([.,;:!?)”\"]*)(.*)$");

	// "hälso- och sjukvård", "styr- eller": the hyphen is the author's, not the line
	// break's.
	private static final Set<String> CONJUNCTIONS = Set.of("och", "eller", "samt", "respektive", "till", "som");

	private static final Pattern DOUBLED_URL = Pattern
		.compile("(?<url>(?:https?://|www\\.)\\S+?)[>\\]]?\\s*[(<\\[]?\\s*\\k<url>[)>\\]]?");

	// "[Nulägesanalys … \(lansstyrelsen.se\)](http://…(lansstyrelsen.se))": a Markdown
	// link, or image, reads as its text; its target may hold one level of parentheses.
	// Possessive, so that a long target (an image's data, a tracking link) is read in
	// one pass rather than one stack frame a character.
	private static final Pattern MARKDOWN_LINK = Pattern
		.compile("!?\\[([^\\[\\]\\n]++)\\]\\(((?:[^()\\s]++|\\([^()\\s]*+\\))*+)\\)");

	// An address a reader can open: a web address with a host (not "#", not a title
	// spelled into a URL), or an e-mail address.
	private static final Pattern OPENABLE = Pattern
		.compile("(?i)(?:https?://|(?=www\\.))([^/?#\\s%@:]+\\.[^/?#\\s%@:]+(?:[/?#]\\S*)?)|mailto:(\\S+@\\S+)");

	// A Markdown backslash escape ("\(", "\*") stands for the character itself.
	private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+.!|<>\"$~@-])");

	private static final Pattern ANGLE_URL = Pattern.compile("<((?:https?://|www\\.)[^>\\s]+)>");

	// Emphasis, unless its mark is escaped ("\*viktigt\*") or inside a word
	// ("r__2023__v2.pdf").
	private static final Pattern MARKDOWN_EMPHASIS = Pattern
		.compile("(?<![\\w\\\\])(\\*\\*|__)(.+?)\\1(?!\\w)|(?<![\\w*\\\\])\\*(?!\\s)([^*]+?)(?<!\\\\)\\*(?!\\w)");

	private static final int HEADER_NEIGHBOURHOOD = 4;

	private static final Pattern SPACES = Pattern.compile(" {2,}");

	// A sentence's stop typed twice ("fördelar sina resurser.."): one is meant. Three are
	// an ellipsis, and a link or a number ("www.", "2.1.") has no letter before two.
	private static final Pattern DOUBLED_STOP = Pattern.compile("(?<=\\p{L})\\.\\.(?!\\.)",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A tab separates a table row's cells (text extraction writes a row as one line of
	// tab-separated cells): it is kept, with the spaces around it dropped, and so is a
	// run of tabs, whose empty cells keep the row's cells under their headings.
	private static final Pattern CELL_BREAK = Pattern.compile(" *\t *");

	// "1.\tDet tidiga livets villkor": a word processor's tab after an item's number
	// separates no cells.
	private static final Pattern NUMBER_TAB = Pattern.compile("^(\\d{1,2}[.)])\t+");

	// "10 (11)": page ten of eleven, as letterheads print it.
	private static final Pattern PAGE_OF_TOTAL = Pattern.compile("\\b\\d{1,3}\\s*\\(\\s*\\d{1,3}\\s*\\)");

	private static final Pattern DATE = Pattern.compile("\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b");

	// A diary number: "RS 2024/1156", "Dnr KS 2019/12".
	private static final Pattern DIARY_NUMBER = Pattern.compile("\\b\\p{Lu}{1,5}\\.?\\s?(?:19|20)\\d{2}/\\d{1,6}\\b");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	// A footnote: its number, then a URL or a reference with an author-year.
	private static final Pattern FOOTNOTE = Pattern
		.compile("^\\s*\\d{1,2}\\s+(?:(?:https?://|www\\.)\\S+|[^()]{2,80}\\((?:19|20)\\d{2}\\).*)$");

	// A footnote's marker printed as a digit after a word ("i Dalarna1 2016-2019",
	// "som beskrivs av Kingdon1."): one digit (a name such as "Prevenar13" or a week
	// "vecka12" keeps its figures), not in a file name ("bilaga1.pdf"), not after a
	// digit or a link's or an address's characters, nor in a word holding digits or
	// underscores ("Fokus20" in a link).
	private static final Pattern FOOTNOTE_MARKER = Pattern
		.compile("(?<![\\p{N}_/@.:=?&#-])\\b(\\p{L}{2,}\\p{Ll})\\d(?=[\\s,;:)”\"]|\\.(?=\\s|$)|$)");

	/**
	 * A line printed on most pages with only its numbers changing (a running header or
	 * footer) recurs at least this often; its words keep it apart from numbered headings
	 * such as "Kapitel 4".
	 */
	private static final int RUNNING_LINE_REPEATS = 3;

	private static final int RUNNING_LINE_MIN_WORDS = 3;

	// The title lines printed above a letterhead's page number and date are short.
	private static final int LETTERHEAD_TITLE_CHARS = 70;

	private static final int LETTERHEAD_TITLE_LINES = 2;

	public List<Line> clean(RawDocument document) {
		List<Line> lines = document.paged() ? pagedLines(document) : unpagedLines(document);
		lines = dropRunningHeaders(lines);
		lines = dropLetterheads(lines);
		lines = dropRunningLinesWithNumbers(lines);
		lines = dropFootnotes(lines);
		// A backslash before a mark is Markdown's escape only in Markdown: elsewhere it
		// is
		// the text's own ("\\server\share").
		lines = markup(lines, document.markdown());
		lines = NameRoleColumns.paired(lines);
		lines = joinBrokenUrls(lines);
		lines = joinHyphenated(lines);
		lines = dropRepeatedUrls(lines);
		return lines;
	}

	private List<Line> pagedLines(RawDocument document) {
		List<Line> lines = new ArrayList<>();
		for (PageText page : document.pages()) {
			for (String text : page.text().split("\\R", -1)) {
				boolean footer = FOOTER.matcher(text).matches();
				lines.add(footer ? Line.pageBreak(page.page()) : Line.text(text.stripTrailing(), page.page()));
			}
			lines.add(Line.pageBreak(page.page()));
		}
		return lines;
	}

	/**
	 * A plain-text export has no pages, but some of its footers survive as lines holding
	 * just the page number ("10" or "10 (11)"). Lines between two footers of consecutive
	 * pages are on the later page; where footers are missing in between, the page is left
	 * unknown rather than guessed.
	 */
	private List<Line> unpagedLines(RawDocument document) {
		String[] texts = document.pages().get(0).text().split("\\R", -1);
		Integer[] pages = new Integer[texts.length];
		boolean[] footer = new boolean[texts.length];
		// The start of the text ends "page 0", so a footer "1" labels the lines above it.
		int lastPage = 0;
		int pageStart = 0;
		for (int i = 0; i < texts.length; i++) {
			Matcher m = FOOTER.matcher(texts[i]);
			if (!m.matches()) {
				continue;
			}
			int number = Integer.parseInt(m.group(1));
			boolean withTotal = m.group(2) != null;
			if (number > lastPage && (withTotal || isolated(texts, i))) {
				if (number == lastPage + 1) {
					for (int j = pageStart; j <= i; j++) {
						pages[j] = number;
					}
				}
				footer[i] = true;
				lastPage = number;
				pageStart = i + 1;
			}
		}
		List<Line> lines = new ArrayList<>(texts.length);
		for (int i = 0; i < texts.length; i++) {
			lines.add(footer[i] ? Line.pageBreak(pages[i]) : Line.text(texts[i].stripTrailing(), pages[i]));
		}
		return lines;
	}

	private static boolean isolated(String[] texts, int i) {
		boolean blankBefore = i == 0 || texts[i - 1].isBlank();
		boolean blankAfter = i + 1 >= texts.length || texts[i + 1].isBlank();
		return blankBefore && blankAfter;
	}

	/**
	 * Lines repeated on several pages next to a page break are the document's running
	 * header.
	 */
	private List<Line> dropRunningHeaders(List<Line> lines) {
		Map<String, Integer> nearBreak = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String key = lines.get(i).text().strip();
			if (key.length() < 4) {
				continue;
			}
			if (nearPageBreak(lines, i)) {
				nearBreak.merge(key, 1, Integer::sum);
			}
		}
		Set<String> headers = new HashSet<>();
		nearBreak.forEach((key, count) -> {
			if (count >= 3) {
				headers.add(key);
			}
		});
		if (headers.isEmpty()) {
			return lines;
		}
		List<Line> kept = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			boolean header = headers.contains(line.text().strip()) && nearPageBreak(lines, i);
			kept.add(header ? Line.text("", line.page()) : line);
		}
		return kept;
	}

	/**
	 * A line that recurs on several pages with only its numbers changing ("… 10 (11)
	 * 2024-05-10 RS 2024/1156") is a running header or footer; it stands for a page
	 * break.
	 */
	private List<Line> dropRunningLinesWithNumbers(List<Line> lines) {
		Map<String, Set<String>> variants = new HashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (Line line : lines) {
			String text = line.text().strip();
			if (runningLineCandidate(text)) {
				String key = DIGITS.matcher(text).replaceAll("#");
				variants.computeIfAbsent(key, k -> new HashSet<>()).add(text);
				counts.merge(key, 1, Integer::sum);
			}
		}
		List<Line> kept = new ArrayList<>(lines.size());
		for (Line line : lines) {
			String text = line.text().strip();
			String key = runningLineCandidate(text) ? DIGITS.matcher(text).replaceAll("#") : null;
			boolean running = key != null && counts.get(key) >= RUNNING_LINE_REPEATS && variants.get(key).size() > 1;
			kept.add(running || pageFurniture(text) ? Line.pageBreak(line.page()) : line);
		}
		return kept;
	}

	/**
	 * A table's rows also differ only in their numbers ("2012\t97\t25", "2013\t556\t14"),
	 * but their cells are tab-separated, as no running header's words are.
	 */
	private static boolean runningLineCandidate(String text) {
		return DIGITS.matcher(text).find() && !endsSentence(text) && text.indexOf('\t') < 0
				&& text.split("\\s+").length >= RUNNING_LINE_MIN_WORDS;
	}

	/**
	 * A line of page numbers, dates and diary numbers ("10 (11) 2024-05-10 RS 2024/1156")
	 * belongs to the page, not the text, even when printed once.
	 */
	static boolean pageFurniture(String text) {
		if (text.isEmpty() || endsSentence(text)) {
			return false;
		}
		int marks = (PAGE_OF_TOTAL.matcher(text).find() ? 1 : 0) + (DATE.matcher(text).find() ? 1 : 0)
				+ (DIARY_NUMBER.matcher(text).find() ? 1 : 0);
		return marks >= 2;
	}

	/**
	 * A letterhead prints a short title above the page number and the date with the diary
	 * number; with the furniture line gone, those title lines would read as a heading.
	 */
	private List<Line> dropLetterheads(List<Line> lines) {
		List<Line> out = new ArrayList<>(lines);
		for (int i = 0; i < lines.size(); i++) {
			if (!pageFurniture(lines.get(i).text().strip())) {
				continue;
			}
			// Back over blank lines and the page number to the title lines.
			int j = i - 1;
			while (j >= 0 && (lines.get(j).blank() || lines.get(j).pageBreak())) {
				j--;
			}
			int end = j;
			while (j >= 0 && !lines.get(j).blank() && end - j < LETTERHEAD_TITLE_LINES) {
				String text = lines.get(j).text().strip();
				if (text.length() > LETTERHEAD_TITLE_CHARS || endsSentence(text)) {
					break;
				}
				j--;
			}
			boolean wholeGroup = j < 0 || lines.get(j).blank();
			for (int k = j + 1; wholeGroup && k <= end; k++) {
				out.set(k, Line.text("", lines.get(k).page()));
			}
		}
		return out;
	}

	/**
	 * Footnotes ("4 Palmberg Broryd (2021), Komplexitet: …", "1 https://…") and their
	 * lower-case continuation lines are references, not text: left in, they become
	 * headings and stray words in passages.
	 */
	private List<Line> dropFootnotes(List<Line> lines) {
		List<Line> out = new ArrayList<>(lines.size());
		boolean inFootnote = false;
		boolean footnoted = false;
		for (Line line : lines) {
			String text = line.text().strip();
			if (FOOTNOTE.matcher(text).matches()) {
				inFootnote = true;
				footnoted = true;
			}
			else if (inFootnote && (text.isEmpty() || !Character.isLowerCase(text.charAt(0)))) {
				inFootnote = false;
			}
			out.add(inFootnote ? Line.text("", line.page()) : line);
		}
		return footnoted ? withoutFootnoteMarkers(out) : out;
	}

	/**
	 * A document with footnotes marks them in its text by a digit after a word, which
	 * would otherwise be a word of its own ("dalarna1") that no question finds.
	 */
	private static List<Line> withoutFootnoteMarkers(List<Line> lines) {
		List<Line> out = new ArrayList<>(lines.size());
		for (Line line : lines) {
			Matcher marker = FOOTNOTE_MARKER.matcher(line.text());
			out.add(line.pageBreak() || !marker.find() ? line
					: new Line(marker.replaceAll("$1"), line.page(), line.markdownLevel(), line.listItem(), false));
		}
		return out;
	}

	private static boolean endsSentence(String text) {
		return !text.isEmpty() && ".!?:;".indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	private static boolean nearPageBreak(List<Line> lines, int i) {
		for (int j = Math.max(0, i - HEADER_NEIGHBOURHOOD); j <= Math.min(lines.size() - 1,
				i + HEADER_NEIGHBOURHOOD); j++) {
			if (lines.get(j).pageBreak()) {
				return true;
			}
		}
		return false;
	}

	private List<Line> markup(List<Line> lines, boolean markdown) {
		List<Line> out = new ArrayList<>(lines.size());
		boolean previousLostBullet = false;
		// The last line with text was such an item, or the part of one wrapped below a
		// blank line: the item after it is an item too.
		boolean itemOpen = false;
		String itemEnd = "";
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			boolean lostBullet = lostBullet(lines, i, previousLostBullet);
			int blanks = blankLinesBefore(lines, i);
			boolean wrappedItem = !lostBullet && itemOpen && !line.blank() && blanks >= 1
					&& blanks <= MAX_BLANKS_BEFORE_ITEM && !endsSentence(itemEnd)
					&& Character.isLowerCase(line.text().codePointAt(0));
			if (!line.blank()) {
				itemOpen = lostBullet || wrappedItem;
				itemEnd = line.text().strip();
			}
			// A numbered heading after an item ends the list: it is not run into the
			// item's text.
			if (previousLostBullet && !lostBullet && LOST_BULLET.matcher(line.text()).lookingAt()
					&& NUMBERED_LABEL.matcher(line.text().strip()).matches()) {
				out.add(Line.text("", line.page()));
			}
			previousLostBullet = lostBullet || wrappedItem;
			String text = line.text().replace('\u00A0', ' ').replace("\u00AD", "");
			int level = 0;
			Matcher heading = MARKDOWN_HEADING.matcher(text);
			if (heading.matches()) {
				level = heading.group(1).length();
				text = heading.group(2);
			}
			boolean listItem = false;
			Matcher bullet = BULLET.matcher(text);
			if (bullet.lookingAt()) {
				listItem = true;
				text = text.substring(bullet.end());
			}
			listItem = listItem || lostBullet || NUMBERED_ITEM.matcher(text.strip()).lookingAt();
			// Links first: a target's underscores are no emphasis.
			text = readLinks(text);
			text = MARKDOWN_EMPHASIS.matcher(text)
				.replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(3)));
			if (markdown) {
				text = MARKDOWN_ESCAPE.matcher(text).replaceAll("$1");
			}
			text = ANGLE_URL.matcher(text).replaceAll("$1");
			text = DOUBLED_URL.matcher(text).replaceAll("${url}");
			text = SPACES.matcher(text).replaceAll(" ");
			text = DOUBLED_STOP.matcher(text).replaceAll(".");
			text = CELL_BREAK.matcher(text.strip()).replaceAll("\t");
			text = NUMBER_TAB.matcher(text).replaceFirst("$1 ");
			out.add(new Line(text, line.page(), level, listItem, line.pageBreak()));
		}
		return out;
	}

	/**
	 * Whether line {@code i} is a list item whose bullet glyph the extraction dropped: a
	 * symbol-font bullet ("\uF0B7") leaves the single space that followed it (" Höjd
	 * livskvalitet"). Only where an item can start: after a blank line, after a lead-in
	 * that ends with a colon, or right after another such item; a wrapped line inside a
	 * paragraph may also open with a space, and a numbered label ("Kapitel 2") is a
	 * heading.
	 */
	private static boolean lostBullet(List<Line> lines, int i, boolean previousLostBullet) {
		String text = lines.get(i).text();
		if (i == 0 || !LOST_BULLET.matcher(text).lookingAt() || NUMBERED_LABEL.matcher(text.strip()).matches()) {
			return false;
		}
		String previous = lines.get(i - 1).text().strip();
		return previous.isEmpty() && blankLinesBefore(lines, i) <= MAX_BLANKS_BEFORE_ITEM || previous.endsWith(":")
				|| previousLostBullet;
	}

	private static int blankLinesBefore(List<Line> lines, int i) {
		int blanks = 0;
		while (i - blanks - 1 >= 0 && lines.get(i - blanks - 1).text().isBlank()) {
			blanks++;
		}
		return blanks;
	}

	/**
	 * A link the layout broke at a line end without a hyphen
	 * ("https://www.uppsala.se/…/publikationer/" then "riktlinje-for-…-cemr/") is one
	 * link: read as two, only its first line would be known for a link, and the rest
	 * would stand in the text as words. A line the rest filled alone is dropped.
	 */
	private List<Line> joinBrokenUrls(List<Line> lines) {
		List<Line> out = new ArrayList<>(lines.size());
		for (Line line : lines) {
			if (!out.isEmpty() && !line.blank() && !line.listItem()) {
				Line previous = out.get(out.size() - 1);
				Matcher url = ENDS_IN_URL.matcher(previous.text());
				Matcher rest = URL_REST.matcher(line.text());
				if (!previous.blank() && url.find() && rest.matches() && continuesUrl(url.group(), rest.group(1))) {
					out.set(out.size() - 1, new Line(previous.text() + rest.group(1), previous.page(),
							previous.markdownLevel(), previous.listItem(), false));
					String remaining = rest.group(2) == null ? "" : rest.group(2).strip();
					if (remaining.isEmpty()) {
						continue;
					}
					line = new Line(remaining, line.page(), line.markdownLevel(), false, line.pageBreak());
				}
			}
			out.add(line);
		}
		return out;
	}

	/**
	 * Whether a token goes on a link: a path's rest that ends as a path does
	 * ("…/bilaga-7.pdf", "specialpedagogik.html", "for-social-hallbarhet/"), or a slug of
	 * many hyphens after a folder's slash. Not a date or a span ("2023-05-12",
	 * "2020/21"), a pair of words ("och/eller") or a word with hyphens
	 * ("covid-19-pandemin").
	 */
	private static boolean continuesUrl(String url, String token) {
		if (FIGURES.matcher(token).matches()) {
			return false;
		}
		if (PATH_END.matcher(token).find()) {
			return true;
		}
		return url.endsWith("/") && token.indexOf('/') < 0
				&& token.chars().filter(c -> c == '-').count() >= MIN_SLUG_HYPHENS;
	}

	/**
	 * "sam-" at a line end followed by "verkan" is one word; "HBTQ-" + "personer" keeps
	 * its hyphen.
	 */
	private List<Line> joinHyphenated(List<Line> lines) {
		List<Line> out = new ArrayList<>(lines);
		for (int i = 0; i < out.size() - 1; i++) {
			Line line = out.get(i);
			if (!line.text().endsWith("-")) {
				continue;
			}
			Optional<MatchResult> hyphenated = hyphenatedEnd(line.text());
			if (hyphenated.isEmpty()) {
				continue;
			}
			MatchResult end = hyphenated.get();
			int next = i + 1;
			if (out.get(next).blank() || out.get(next).listItem()) {
				continue;
			}
			String fragment = end.group(2);
			boolean url = looksLikeUrl(end.group(1) + fragment);
			// A URL continues with the whole next token ("samling-" +
			// "for-social-hallbarhet/"), even "och-".
			Matcher first = (url ? FIRST_TOKEN : FIRST_WORD).matcher(out.get(next).text());
			if (!first.matches() || !url && CONJUNCTIONS.contains(first.group(1))) {
				continue;
			}
			boolean keepHyphen = url || isAcronym(fragment);
			String continuation = url ? first.group(1) : first.group(1) + first.group(2);
			String rest = url ? first.group(2) : first.group(3);
			String joined = line.text().substring(0, line.text().length() - 1) + (keepHyphen ? "-" : "") + continuation;
			out.set(i, new Line(joined, line.page(), line.markdownLevel(), line.listItem(), false));
			Line nextLine = out.get(next);
			out.set(next, new Line(rest.strip(), nextLine.page(), nextLine.markdownLevel(), false, false));
		}
		return out;
	}

	/**
	 * A line holding only a URL that the line before it ends with is the same link
	 * printed twice.
	 */
	private List<Line> dropRepeatedUrls(List<Line> lines) {
		List<Line> out = new ArrayList<>(lines.size());
		String previous = "";
		for (Line line : lines) {
			String text = line.text();
			if (URL_LINE.matcher(text).matches() && !previous.isEmpty()
					&& (previous.equals(text) || previous.endsWith(" " + text))) {
				continue;
			}
			out.add(line);
			if (!line.blank()) {
				previous = text;
			}
		}
		return out;
	}

	private static boolean isAcronym(String fragment) {
		return fragment.length() >= 2 && fragment.chars().allMatch(Character::isUpperCase);
	}

	private static boolean looksLikeUrl(String token) {
		return token.contains("/") || token.startsWith("www.");
	}

	/**
	 * A line with its Markdown links, and images, read as their text. On any character
	 * sequence, so that a test can count how often the pattern reads a character: a long
	 * target must be read in one pass, not once from every character.
	 */
	static String readLinks(CharSequence text) {
		return MARKDOWN_LINK.matcher(text).replaceAll(link -> Matcher.quoteReplacement(linkText(link)));
	}

	/**
	 * The word a line ends with before its closing hyphen: group 1 what comes before it
	 * in its token, group 2 its letters. On any character sequence, for the same reason
	 * as {@link #readLinks}.
	 */
	static Optional<MatchResult> hyphenatedEnd(CharSequence text) {
		Matcher end = LINE_END_HYPHEN.matcher(text);
		return end.find() ? Optional.of(end.toMatchResult()) : Optional.empty();
	}

	/**
	 * A Markdown link's text, followed by the address it opens when a reader can open it
	 * and the text does not already say it ("[MUCE](#)" and a target whose host is a
	 * spelled-out title cannot be opened).
	 */
	private static String linkText(MatchResult link) {
		String text = link.group(1).strip();
		Matcher openable = OPENABLE.matcher(link.group(2));
		if (!openable.matches()) {
			return text;
		}
		boolean web = openable.group(1) != null;
		String bare = web ? openable.group(1) : openable.group(2);
		String address = web ? link.group(2) : bare;
		return text.toLowerCase(Locale.ROOT).contains(bare.toLowerCase(Locale.ROOT)) ? text
				: text + " (" + address + ")";
	}

}
