package se.fyren.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML as plain text, one entry per {@code <div class="page">} when the
 * parser marks pages (PDF), otherwise one entry for the whole document; tells its
 * {@link ReadProgress} as each page ends (the page count comes from the metadata, which
 * the PDF parser fills before the pages).
 */
final class PageCollectingHandler extends DefaultHandler {

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
			"title", "table");

	private static final Set<String> CELLS = Set.of("td", "th");

	private final List<PageText> pages = new ArrayList<>();

	private final StringBuilder current = new StringBuilder();

	private boolean paged;

	// Counted, not taken from the size of pages: whitespace before the first page is no
	// page.
	private int pageNumber;

	// Where the text stands in a table: a row's cells are joined by tabs on one line, as
	// tables arrive from extracted reports, instead of a line a cell.
	private int rowDepth;

	private int cellDepth;

	private int cellsInRow;

	private final ReadProgress progress;

	private final Metadata metadata;

	PageCollectingHandler() {
		this(ReadProgress.NONE, new Metadata());
	}

	PageCollectingHandler(ReadProgress progress, Metadata metadata) {
		this.progress = progress;
		this.metadata = metadata;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes atts) {
		if ("tr".equals(localName)) {
			rowDepth++;
			cellsInRow = 0;
		}
		else if (CELLS.contains(localName)) {
			if (cellsInRow > 0) {
				stripTrailingSpaces();
				current.append('\t');
			}
			cellsInRow++;
			cellDepth++;
		}
		if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
			flush();
			if (paged) {
				progress.pages(pageNumber, total());
			}
			paged = true;
			pageNumber++;
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if (CELLS.contains(localName)) {
			cellDepth--;
		}
		else if ("tr".equals(localName)) {
			rowDepth--;
			stripTrailingSpaces();
			current.append('\n');
		}
		else if (BLOCKS.contains(localName)) {
			// A cell's paragraphs are one cell.
			current.append(cellDepth > 0 ? ' ' : '\n');
		}
	}

	private void stripTrailingSpaces() {
		int end = current.length();
		while (end > 0 && current.charAt(end - 1) == ' ') {
			end--;
		}
		current.setLength(end);
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		current.append(ch, start, length);
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) {
		// Between a row's cells the parser indents with tabs of its own, and inside a
		// cell it breaks lines after the cell's paragraphs.
		if (rowDepth == 0) {
			current.append(ch, start, length);
		}
		else if (cellDepth > 0) {
			current.append(' ');
		}
	}

	@Override
	public void endDocument() {
		flush();
		if (paged) {
			progress.pages(pageNumber, total());
		}
	}

	private int total() {
		Integer pages = metadata.getInt(PagedText.N_PAGES);
		return pages == null ? 0 : pages;
	}

	private void flush() {
		if (paged) {
			pages.add(new PageText(pageNumber, current.toString()));
		}
		else if (!current.toString().isBlank()) {
			pages.add(new PageText(null, current.toString()));
		}
		current.setLength(0);
	}

	List<PageText> pages() {
		return pages;
	}

}
