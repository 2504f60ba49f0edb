package se.fyren.bot.chat;

import java.time.Instant;
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

	/**
	 * Posts a message that carries an idempotency key, so that {@link #earlier} can tell
	 * later whether it reached the chat. A chat that cannot keep a key posts as usual.
	 */
	default Optional<PostedMessage> post(Destination destination, Reply reply, Locale locale, String key) {
		return post(destination, reply, locale);
	}

	/**
	 * Whether a message with this key, posted since {@code since}, is already in the
	 * chat. A chat that keeps no record Fyren can read answers
	 * {@link Earlier#NOT_POSTED}: a retry there may double a post that reached the chat
	 * just before Fyren died.
	 */
	default Earlier earlier(Destination destination, String key, Instant since) {
		return Earlier.NOT_POSTED;
	}

	/** What a chat says about an earlier post with an idempotency key. */
	enum Earlier {

		/** It is in the chat: do not post it again. */
		POSTED,
		/** It is not (or the chat cannot tell): post it. */
		NOT_POSTED,
		/** The chat could not be asked now: ask again later. */
		UNKNOWN

	}

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
