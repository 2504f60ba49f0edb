package se.fyren.bot.chat;

import java.util.Locale;
import java.util.Optional;

/**
 * One chat's way of posting on Fyren's own initiative, implemented by each adapter that
 * is switched on. Features do not call it directly: {@link Messenger} picks the outbox
 * for the destination's channel.
 */
public interface Outbox {

	Channel channel();

	/**
	 * The posted message, or empty when the chat refused it (the reason is logged by the
	 * adapter).
	 */
	Optional<PostedMessage> post(Destination destination, Reply reply, Locale locale);

	/** Replaces a posted message's content; false when the chat refused it. */
	boolean update(PostedMessage message, Reply reply, Locale locale);

	/**
	 * Whether Fyren may post in the conversation on its own initiative (Slack: a channel
	 * Fyren was not invited to refuses its posts). True when the chat cannot say, so a
	 * passing fault refuses nothing.
	 */
	default boolean canPostTo(String conversation) {
		return true;
	}

}
