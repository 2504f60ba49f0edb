package se.fyren.bot.chat;

import java.util.Optional;

/**
 * What the core made of a {@link ChatMessage}: a reply for the adapter to render, a
 * message a listening feature took without a reply, or nothing for Fyren at all.
 *
 * @param taken true when Fyren or one of its features took the message
 * @param reply what to say back, or null for nothing
 */
public record Received(boolean taken, Reply reply) {

	static final Received IGNORED = new Received(false, null);

	static final Received HEARD = new Received(true, null);

	static Received replying(Reply reply) {
		return new Received(true, reply);
	}

	/** What to say back, if anything. */
	public Optional<Reply> toSay() {
		return Optional.ofNullable(reply);
	}

}
