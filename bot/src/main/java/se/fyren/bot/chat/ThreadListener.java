package se.fyren.bot.chat;

/**
 * The seam where a feature listens to conversations (the dialogue chain collects answers
 * from its thread).
 */
public interface ThreadListener {

	/** True when the message was for this feature; then no one else answers it. */
	boolean hear(Heard message);

}
