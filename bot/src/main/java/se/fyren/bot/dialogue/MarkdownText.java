package se.fyren.bot.dialogue;

/**
 * What a person wrote, made inert for the Markdown export: it reads the same once
 * rendered, but no viewer runs it or links it. Many Markdown viewers pass HTML through
 * unsanitised, so a participant's {@code <script>} would run in the reader's browser; the
 * characters HTML gives a meaning become entities. Markdown's own link, image, code and
 * emphasis marks are escaped with a backslash, so an answer cannot dress up a link
 * ({@code [Läs här](https://…)}) or pull in an image that reports who opened the file.
 */
final class MarkdownText {

	/** Markdown's punctuation that starts links, images, code or emphasis. */
	private static final String MARKDOWN_MARKS = "\\`*_[]";

	private MarkdownText() {
	}

	static String inert(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				default -> {
					if (MARKDOWN_MARKS.indexOf(c) >= 0) {
						out.append('\\');
					}
					out.append(c);
				}
			}
		}
		return out.toString();
	}

}
