package se.fyren.bot.chat;

/**
 * The seam where a feature listens to conversations (the dialogue chain collects answers
 * from its thread). A listener hears messages inside threads only: chatter outside a
 * thread is dropped before any listener is asked ({@link Conversation#mayConcern}), so a
 * feature that wants to hear a channel's top level must change that rule too.
 */
public interface ThreadListener {

	/**
	 * Whether the message was for this feature (then no one else answers it), and if it
	 * could not act on it, why.
	 */
	Hearing hear(Heard message);

}
