package se.fyren.bot.chat;

import java.util.Optional;

/**
 * What the core made of a {@link ChatMessage}: a reply for the adapter to render, a
 * message a listening feature took without a reply, or nothing for Fyren at all.
 *
 * @param taken true when Fyren or one of its features took the message
 * @param reply what to say back, or null for nothing
 * @param refusal the message code of why a listening feature took the message without
 * acting on it (an answer to a chain that has ended), or null
 */
public record Received(boolean taken, Reply reply, String refusal) {

	static final Received IGNORED = new Received(false, null, null);

	static Received replying(Reply reply) {
		return new Received(true, reply, null);
	}

	/**
	 * A message a listening feature heard; {@code notice} is what the core says back when
	 * the feature did not act on it, or null.
	 */
	static Received heard(Hearing hearing, Reply notice) {
		return hearing.taken() ? new Received(true, notice, hearing.refusal()) : IGNORED;
	}

	/**
	 * Why a listening feature did not act on the message, for a chat where it was sent as
	 * an answer to say; empty when it did, or no feature took it.
	 */
	public Optional<String> refused() {
		return Optional.ofNullable(refusal);
	}

	/** What to say back, if anything. */
	public Optional<Reply> toSay() {
		return Optional.ofNullable(reply);
	}

}
