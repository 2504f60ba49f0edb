package se.fyren.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core's small model of a text's markup, which each chat renders in its own way
 * (Block Kit mrkdwn, Adaptive Card Markdown, HTML in the web chat): lines of plain, bold
 * and linked spans, a line that starts with "• " being a list item. Features and message
 * files write it as {@code *bold*}, "• " and bare {@code https://} addresses (and
 * {@code webcal://}, a calendar subscription); this is the one place that reads that, so
 * no chat reads another's syntax. A link always shows its address here, because the text
 * may hold what a person wrote; a feature's labelled link is a {@link Reply.Link}.
 */
public record Inline(List<Line> lines) {

	/** Bold, or a bare address, whose closing punctuation belongs to the sentence. */
	private static final Pattern MARKUP = Pattern.compile("(?<![*\\w])\\*(?<bold>[^*\\n]+)\\*(?![*\\w])"
			+ "|(?<address>(?:https?|webcal)://[^\\s<>\"]*[^\\s<>\".,;:!?)])");

	private static final String LIST_MARK = "• ";

	public Inline {
		lines = List.copyOf(lines);
	}

	/** A piece of a line. */
	public sealed interface Span permits Plain, Bold, Link {

		String text();

	}

	public record Plain(String text) implements Span {
	}

	public record Bold(String text) implements Span {
	}

	/** An address, shown as itself. */
	public record Link(String url) implements Span {

		@Override
		public String text() {
			return url;
		}

	}

	/** One line of text; a list item is drawn as one by each chat. */
	public record Line(boolean listItem, List<Span> spans) {

		public Line {
			spans = List.copyOf(spans);
		}

	}

	public static Inline parse(String text) {
		List<Line> lines = new ArrayList<>();
		for (String line : (text == null ? "" : text).split("\n", -1)) {
			boolean item = line.startsWith(LIST_MARK);
			lines.add(new Line(item, spans(item ? line.substring(LIST_MARK.length()) : line)));
		}
		return new Inline(lines);
	}

	private static List<Span> spans(String line) {
		List<Span> spans = new ArrayList<>();
		Matcher matcher = MARKUP.matcher(line);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				spans.add(new Plain(line.substring(at, matcher.start())));
			}
			if (matcher.group("bold") != null) {
				spans.add(new Bold(matcher.group("bold")));
			}
			else {
				spans.add(new Link(matcher.group("address")));
			}
			at = matcher.end();
		}
		if (at < line.length()) {
			spans.add(new Plain(line.substring(at)));
		}
		return spans;
	}

	/** The text without markup, for chats (and previews) that show plain text only. */
	public String plain() {
		return lineByLine(Span::text);
	}

	/**
	 * The text line by line for a chat whose markup is written inline (Slack's mrkdwn,
	 * Adaptive Card Markdown): lines joined by line breaks, list items marked "• ", each
	 * span as the chat writes it.
	 */
	public String lineByLine(Function<Span, String> span) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (i > 0) {
				out.append('\n');
			}
			if (line.listItem()) {
				out.append(LIST_MARK);
			}
			line.spans().forEach(piece -> out.append(span.apply(piece)));
		}
		return out.toString();
	}

}
