package se.fyren.knowledge.chunk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.fyren.knowledge.clean.Line;

/**
 * Finds a report's headings (numbered {@code 3.1.1 SKAPA MÖJLIGHETSFÖNSTER},
 * {@code Kapitel 4}, all-caps lines such as {@code FALLBESKRIVNING 2}, short title lines,
 * Markdown headings) and groups the other lines into paragraphs that know their section
 * path.
 */
final class StructureParser {

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\s+(\\p{Lu}.*)$");

	private static final Pattern CHAPTER = Pattern.compile("^(?i:kapitel)\\s+\\d+\\b.*$");

	private static final int MAX_HEADING_CHARS = 90;

	private static final int MAX_TITLE_CHARS = 70;

	private static final int MAX_TITLE_WORDS = 10;

	private record Heading(int level, String title) {
	}

	List<Block> parse(List<Line> lines) {
		List<Block> blocks = new ArrayList<>();
		Deque<Heading> path = new ArrayDeque<>();
		StringBuilder paragraph = new StringBuilder();
		Integer paragraphPage = null;
		int numberedLevel = 0;
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (line.blank()) {
				paragraphPage = flush(blocks, paragraph, paragraphPage, path);
				continue;
			}
			int level = headingLevel(lines, i, numberedLevel);
			if (level > 0) {
				paragraphPage = flush(blocks, paragraph, paragraphPage, path);
				StringBuilder title = new StringBuilder(line.text());
				// A heading set in capitals often wraps over several lines.
				while (i + 1 < lines.size() && isAllCaps(lines.get(i + 1).text()) && isAllCaps(title.toString())) {
					title.append(' ').append(lines.get(++i).text());
				}
				if (NUMBERED.matcher(line.text()).matches() || line.markdownLevel() > 0) {
					numberedLevel = level;
				}
				while (!path.isEmpty() && path.peekLast().level() >= level) {
					path.removeLast();
				}
				path.addLast(new Heading(level, title.toString().strip()));
				blocks.add(new Block(Block.Kind.HEADING, title.toString().strip(), line.page(), sectionOf(path)));
				continue;
			}
			if (line.listItem()) {
				paragraphPage = flush(blocks, paragraph, paragraphPage, path);
			}
			if (paragraph.isEmpty()) {
				paragraphPage = line.page();
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
			blocks.add(new Block(Block.Kind.PARAGRAPH, paragraph.toString(), page, sectionOf(path)));
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
					&& !endsSentence(previous.text()) && Character.isLowerCase(block.text().charAt(0))) {
				out.set(out.size() - 1, new Block(Block.Kind.PARAGRAPH, previous.text() + " " + block.text(),
						previous.page(), previous.section()));
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
		return path.stream().map(Heading::title).collect(Collectors.joining(" › "));
	}

	private int headingLevel(List<Line> lines, int i, int numberedLevel) {
		Line line = lines.get(i);
		String text = line.text();
		if (line.markdownLevel() > 0) {
			return line.markdownLevel();
		}
		if (line.listItem() || text.length() > MAX_HEADING_CHARS || endsLikeProse(text)) {
			return 0;
		}
		Matcher numbered = NUMBERED.matcher(text);
		if (numbered.matches()) {
			return numbered.group(1).split("\\.").length;
		}
		if (CHAPTER.matcher(text).matches()) {
			return 1;
		}
		if (isAllCaps(text)) {
			return numberedLevel + 1;
		}
		if (isTitleLine(lines, i)) {
			return numberedLevel + 1;
		}
		return 0;
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

	static boolean isAllCaps(String text) {
		long letters = text.chars().filter(Character::isLetter).count();
		long upper = text.chars().filter(Character::isUpperCase).count();
		return letters >= 4 && upper >= 0.9 * letters;
	}

}
