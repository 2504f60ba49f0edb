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

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
			"title", "table");

	private final List<PageText> pages = new ArrayList<>();

	private final StringBuilder current = new StringBuilder();

	private boolean paged;

	// Counted, not taken from the size of pages: whitespace before the first page is no
	// page.
	private int pageNumber;

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
		if (BLOCKS.contains(localName)) {
			current.append('\n');
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		current.append(ch, start, length);
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) {
		current.append(ch, start, length);
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
