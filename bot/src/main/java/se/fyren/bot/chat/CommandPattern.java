package se.fyren.bot.chat;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The messages a command answers, as one regular expression the whole message (as
 * {@link #read} reads it: composed, full-width letters as the letters they are,
 * surrounding white space taken off) must match, in any case. The command answers by it,
 * and the web page is given it ({@code /api/commands}) to tell a command from a question
 * while it is on its way: so it is written in what Java and the browser's JavaScript
 * (with its {@code u} and {@code i} flags) read alike: no inline flags, possessive
 * quantifiers or {@code \b}; {@code [\s\S]} for any character; {@code \p{…}} classes by
 * their general category.
 */
public final class CommandPattern {

	private final String source;

	private final Pattern pattern;

	private CommandPattern(String source) {
		this.source = source;
		this.pattern = Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** The whole message matches the expression. */
	public static CommandPattern of(String source) {
		return new CommandPattern(source);
	}

	/**
	 * A message opened by one of the phrases (one or more words, in lower case, with
	 * single spaces between them), alone or followed by white space and anything.
	 */
	public static CommandPattern openedBy(Collection<String> phrases) {
		return new CommandPattern("(?:" + anyPhrase(phrases) + ")(?:\\s[\\s\\S]*)?");
	}

	/**
	 * Any of the phrases (one or more words, with single spaces between them), as they
	 * are written and apart by any white space: for a pattern to go on from.
	 */
	public static String anyPhrase(Collection<String> phrases) {
		return phrases.stream()
			.sorted()
			.map(phrase -> List.of(phrase.strip().split(" "))
				.stream()
				.map(CommandPattern::literal)
				.collect(Collectors.joining("\\s+")))
			.collect(Collectors.joining("|"));
	}

	/** Any of the patterns. */
	public static CommandPattern anyOf(Collection<CommandPattern> patterns) {
		return new CommandPattern(
				patterns.stream().map(pattern -> "(?:" + pattern.source + ")").collect(Collectors.joining("|")));
	}

	/**
	 * A word read as it is written: its syntax characters escaped, as both languages
	 * escape them ({@link Pattern#quote}'s {@code \Q…\E} is Java's alone).
	 */
	private static String literal(String word) {
		return word.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0");
	}

	/** The expression, as the web page is given it. */
	public String source() {
		return source;
	}

	public boolean matches(String message) {
		return match(message).isPresent();
	}

	/**
	 * The match of the whole message, for the command to read its parts: they are as
	 * written, though the message was recognised as {@link #read} reads it.
	 */
	public Optional<MatchResult> match(String message) {
		return match(pattern, message);
	}

	/**
	 * A command's own expression matched to the whole message as {@link #match} matches:
	 * recognised as {@link #read} reads the message, its parts as written.
	 */
	public static Optional<MatchResult> match(Pattern pattern, String message) {
		String said = said(message);
		Matcher matcher = pattern.matcher(read(said));
		return matcher.matches() ? Optional.of(new Written(said, matcher.toMatchResult())) : Optional.empty();
	}

	/** The message as it is matched: composed characters, no surrounding white space. */
	public static String said(String message) {
		return Normalizer.normalize(message, Normalizer.Form.NFC).strip();
	}

	/**
	 * The message as a command word is recognised in it: {@link #said}, with each
	 * character that has a compatibility form (NFKC) of its own length read as that form,
	 * so the full-width letters of a phone keyboard's or an input method's wide mode
	 * ({@code ＤＩＡＬＯＧ}) are the command's letters. Only for recognising: it is as long as
	 * {@code said(message)} and has its white space in the same places, so a command
	 * reads the command word here and what follows it, as written, from {@code said} at
	 * the same place. A form of another length (the ligature {@code ﬁ}) or one that is
	 * white space is left as written.
	 */
	public static String read(String message) {
		String said = said(message);
		StringBuilder read = new StringBuilder(said.length());
		said.codePoints().forEach(codePoint -> {
			String written = Character.toString(codePoint);
			String compatible = Normalizer.normalize(written, Normalizer.Form.NFKC);
			boolean aligned = compatible.length() == written.length() && !compatible.isBlank() && !written.isBlank();
			read.append(aligned ? compatible : written);
		});
		return read.toString();
	}

	/**
	 * A match made on what {@link #read} read, its groups taken from the message as
	 * written at the same places.
	 */
	private record Written(String said, MatchResult read) implements MatchResult {

		@Override
		public int start() {
			return read.start();
		}

		@Override
		public int start(int group) {
			return read.start(group);
		}

		@Override
		public int end() {
			return read.end();
		}

		@Override
		public int end(int group) {
			return read.end(group);
		}

		@Override
		public String group() {
			return group(0);
		}

		@Override
		public String group(int group) {
			int start = read.start(group);
			return start < 0 ? null : said.substring(start, read.end(group));
		}

		@Override
		public int groupCount() {
			return read.groupCount();
		}

	}

	@Override
	public String toString() {
		return source;
	}

}
