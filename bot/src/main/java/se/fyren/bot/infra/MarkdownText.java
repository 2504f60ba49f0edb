package se.fyren.bot.infra;

/**
 * What a person wrote, made inert for a Markdown export (a chain's, a followed issue's):
 * it reads the same once rendered, but no viewer runs it or links it. Many Markdown
 * viewers pass HTML through unsanitised, so a participant's {@code <script>} would run in
 * the reader's browser; the characters HTML gives a meaning become entities. Markdown's
 * own link, image, code and emphasis marks are escaped with a backslash, so an answer
 * cannot dress up a link ({@code [Läs här](https://…)}) or pull in an image that reports
 * who opened the file.
 */
public final class MarkdownText {

	/** Markdown's punctuation that starts links, images, code or emphasis. */
	private static final String MARKDOWN_MARKS = "\\`*_[]";

	private MarkdownText() {
	}

	public static String inert(String text) {
		return inert(text, MARKDOWN_MARKS);
	}

	/**
	 * As {@link #inert(String)}, but a text Fyren wrote itself keeps its emphasis: a
	 * radar's state line marks its streams with asterisks around the words a person
	 * wrote.
	 */
	public static String inertKeepingEmphasis(String text) {
		return inert(text, MARKDOWN_MARKS.replace("*", ""));
	}

	private static String inert(String text, String marks) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				default -> {
					if (marks.indexOf(c) >= 0) {
						out.append('\\');
					}
					out.append(c);
				}
			}
		}
		return out.toString();
	}

}
