package se.fyren.bot.web;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import se.fyren.bot.chat.Inline;

/**
 * The core's markup as HTML for the web chat, every text escaped: bold as
 * {@code <strong>}, addresses as links that open beside the chat, list items as a list.
 */
final class WebMarkup {

	/**
	 * Only the characters HTML gives a meaning are escaped; å, ä and ö stay as they are.
	 */
	private static final String UTF_8 = "UTF-8";

	private WebMarkup() {
	}

	static String html(String text) {
		StringBuilder out = new StringBuilder();
		List<Inline.Line> lines = Inline.parse(text).lines();
		boolean inList = false;
		for (int i = 0; i < lines.size(); i++) {
			Inline.Line line = lines.get(i);
			if (line.listItem() && !inList) {
				out.append("<ul>");
			}
			else if (!line.listItem() && inList) {
				out.append("</ul>");
			}
			else if (i > 0 && !line.listItem()) {
				out.append("<br>");
			}
			inList = line.listItem();
			out.append(inList ? "<li>" : "");
			line.spans().forEach(span -> out.append(html(span)));
			out.append(inList ? "</li>" : "");
		}
		return out.append(inList ? "</ul>" : "").toString();
	}

	private static String html(Inline.Span span) {
		String text = HtmlUtils.htmlEscape(span.text(), UTF_8);
		if (span instanceof Inline.Bold) {
			return "<strong>" + text + "</strong>";
		}
		if (span instanceof Inline.Link link) {
			// The parser takes only http(s) and webcal addresses, so no script can hide
			// in the link.
			return "<a href=\"" + HtmlUtils.htmlEscape(link.url(), UTF_8)
					+ "\" target=\"_blank\" rel=\"noopener noreferrer\">" + text + "</a>";
		}
		return text;
	}

}
