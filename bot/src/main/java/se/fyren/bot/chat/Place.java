package se.fyren.bot.chat;

/**
 * Where something is said, as far as who may read it there: the chat, its workspace
 * (Slack team, Teams team or tenant; null where the chat has none), the conversation, and
 * whether it is shared (a public channel, a web room) or private (a direct message, a
 * private channel or group chat). An adapter that cannot tell says private: what is added
 * in a private place stays there, so the safe guess is the private one.
 *
 * @param conversation the conversation's id in that chat; null for the web chat outside a
 * room
 */
public record Place(Channel chat, String workspace, String conversation, boolean shared) {

	/** A place whose sharing the adapter did not tell: taken as private. */
	public static Place of(Destination where) {
		return new Place(where.channel(), null, where.conversation(), false);
	}

	/**
	 * A stable key for the place ({@code slack:T1/C2}, {@code web:/room}), for a private
	 * collection's name.
	 */
	public String key() {
		return chat.name().toLowerCase(java.util.Locale.ROOT) + ":" + (workspace == null ? "" : workspace) + "/"
				+ (conversation == null ? "" : conversation);
	}

}
