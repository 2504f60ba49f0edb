package se.fyren.bot.chat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What was said in a chat, as an adapter hands it to {@link Conversation#receive}: the
 * adapter has already parsed the chat's own syntax, so the text carries no mention markup
 * and {@code addressed} says how Fyren was spoken to.
 *
 * @param where the conversation and thread it was said in (thread null outside a thread)
 * @param user the sender's id in that chat (may be null for the web chat)
 * @param id the chat's id of the message, stable across edits (may be null where the chat
 * has none)
 * @param text the text without mentions of Fyren, its white space read as the web page
 * reads it; empty for a deletion
 * @param place where it was said, with its workspace and whether it is shared; without
 * it, a private place in {@code where}'s conversation
 * @param attachments the files shared with the message
 * @param inReplyTo the id of the message in the thread this one answers, where the chat
 * says; null otherwise
 */
public record ChatMessage(Destination where, String user, String id, String text, Addressed addressed,
		Heard.Change change, Locale locale, Place place, List<Attachment> attachments, String inReplyTo) {

	/**
	 * How a person asks Fyren to read the files of a message outside a direct message.
	 */
	private static final Pattern READ_IN = Pattern.compile("(?iU)\\b(läs|las)\\s+in\\b");

	/**
	 * Spaces the browser's {@code \s} and {@code trim()} read as white space and Java's
	 * {@code \s} does not (nor its {@code strip()}, for the no-break ones): the no-break
	 * space (pasted text, a Mac's Option and space, Teams after a mention), the figure,
	 * narrow and ideographic spaces, and the byte order mark.
	 */
	private static final Pattern SPACE = Pattern.compile("[\\p{Zs}\\uFEFF&&[^ ]]");

	/** The line and paragraph separators, which only the browser reads as line breaks. */
	private static final Pattern LINE_BREAK = Pattern.compile("[\\u2028\\u2029]");

	/** How Fyren was spoken to. */
	public enum Addressed {

		/** A direct message, or Fyren's own chat window: everything is for Fyren. */
		DIRECT,

		/** Fyren was @-mentioned in a shared conversation. */
		MENTION,

		/** A command to Fyren ({@code /fyren …}). */
		COMMAND,

		/** Said in a shared conversation without addressing Fyren. */
		NOT_ADDRESSED

	}

	public ChatMessage {
		text = text == null ? "" : typed(text);
		locale = locale == null ? Inbound.SWEDISH : locale;
		place = place == null ? Place.of(where) : place;
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public ChatMessage(Destination where, String user, String id, String text, Addressed addressed, Heard.Change change,
			Locale locale) {
		this(where, user, id, text, addressed, change, locale, null, List.of(), null);
	}

	/**
	 * The same message, said in a place the adapter knows more of: its workspace and
	 * whether it is shared.
	 */
	public ChatMessage in(String workspace, boolean shared) {
		return new ChatMessage(where, user, id, text, addressed, change, locale,
				new Place(where.channel(), workspace, where.conversation(), shared), attachments, inReplyTo);
	}

	/**
	 * The same message in the sender's language, once the adapter knows it: a chat may
	 * have to be asked, which is left until the message is known to concern Fyren.
	 */
	public ChatMessage inLocale(Locale language) {
		return new ChatMessage(where, user, id, text, addressed, change, language, place, attachments, inReplyTo);
	}

	/** The same message with the files shared with it. */
	public ChatMessage with(List<Attachment> files) {
		return new ChatMessage(where, user, id, text, addressed, change, locale, place, files, inReplyTo);
	}

	/**
	 * The same message as the answer to another in its thread, where the chat says which
	 * (a web room's answer form sits under its question).
	 */
	public ChatMessage replying(String messageId) {
		return new ChatMessage(where, user, id, text, addressed, change, locale, place, attachments, messageId);
	}

	/**
	 * Whether the person asked Fyren to read the files shared with this message: in a
	 * direct message every file is for Fyren; elsewhere the text says "läs in".
	 */
	public boolean asksToRead() {
		return !attachments.isEmpty() && change == Heard.Change.NEW
				&& (addressed == Addressed.DIRECT || READ_IN.matcher(text).find());
	}

	/** A new message. */
	public static ChatMessage said(Destination where, String user, String id, String text, Addressed addressed,
			Locale locale) {
		return new ChatMessage(where, user, id, text, addressed, Heard.Change.NEW, locale);
	}

	/**
	 * Text a person typed, with its white space read as the web page reads it, so the
	 * commands' patterns (and every feature's reading of the text after them) see what
	 * the page sees: a message the page shows as a command on its way is answered as one,
	 * in every chat, and one of only no-break spaces is empty. A plain space or line
	 * break for each, and none around the text. Every adapter reads what is typed to
	 * Fyren (a message, a card's field, a name, a search) through this.
	 */
	public static String typed(String text) {
		return LINE_BREAK.matcher(withPlainSpaces(text)).replaceAll("\n").strip();
	}

	/**
	 * The text with each space the browser reads as white space and Java does not as a
	 * plain one: a name kept from a file (a document's title) is then typed as it is
	 * read.
	 */
	public static String withPlainSpaces(String text) {
		return SPACE.matcher(text).replaceAll(" ");
	}

	boolean forFyren() {
		return addressed != Addressed.NOT_ADDRESSED;
	}

	Inbound inbound() {
		return new Inbound(where.channel(), user, where.conversation(), text, locale, place);
	}

	Heard heard() {
		return new Heard(where, user, id, change == Heard.Change.DELETED ? "" : text, change, locale, inReplyTo);
	}

}
