package se.fyren.bot.chat;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The messages a command answers, as one regular expression the whole message (normalised
 * to NFC, surrounding white space taken off) must match, in any case. The command answers
 * by it, and the web page is given it ({@code /api/commands}) to tell a command from a
 * question while it is on its way: so it is written in what Java and the browser's
 * JavaScript (with its {@code u} and {@code i} flags) read alike: no inline flags,
 * possessive quantifiers or {@code \b}; {@code [\s\S]} for any character; {@code \p{…}}
 * classes by their general category.
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

	/** The match of the whole message, for the command to read its parts. */
	public Optional<Matcher> match(String message) {
		Matcher matcher = pattern.matcher(said(message));
		return matcher.matches() ? Optional.of(matcher) : Optional.empty();
	}

	/** The message as it is matched: composed characters, no surrounding white space. */
	public static String said(String message) {
		return Normalizer.normalize(message, Normalizer.Form.NFC).strip();
	}

	@Override
	public String toString() {
		return source;
	}

}
