package se.fyren.bot.chat;

import java.util.Locale;

/**
 * A message to Fyren, as any adapter hands it to the core.
 *
 * @param user the sender's id in that channel (may be null for the web chat)
 * @param conversation the channel, thread or chat it was said in (may be null)
 * @param locale the user's language; Swedish unless the channel says otherwise
 * @param place where it was said, with its workspace and whether it is shared
 */
public record Inbound(Channel channel, String user, String conversation, String text, Locale locale, Place place) {

	public static final Locale SWEDISH = Locale.forLanguageTag("sv");

	public Inbound {
		text = text == null ? "" : text.strip();
		locale = locale == null ? SWEDISH : locale;
		place = place == null ? new Place(channel, null, conversation, false) : place;
	}

	/**
	 * The language a channel's tag ({@code en-GB}, {@code sv}) asks for: Swedish unless
	 * it asks for English, as other languages have no message file.
	 */
	public static Locale language(String tag) {
		return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : SWEDISH;
	}

	/** Said in a place whose sharing is not known: taken as private ({@link Place}). */
	public Inbound(Channel channel, String user, String conversation, String text, Locale locale) {
		this(channel, user, conversation, text, locale, null);
	}

}
