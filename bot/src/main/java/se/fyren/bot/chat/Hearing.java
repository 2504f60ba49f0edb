package se.fyren.bot.chat;

import java.util.Optional;

/**
 * What a listening feature made of a message it heard: not its own, taken, or its own but
 * not acted on, with the message code of why. A chat where the person sent the message as
 * an answer (a web room's answer form) tells them why each time; in the others the core
 * says it in the thread once a person, since further replies there may be chatter.
 *
 * @param taken true when the message was for this feature; then no one else answers it
 * @param refusal the message code saying why it was not acted on, or null
 */
public record Hearing(boolean taken, String refusal) {

	public static final Hearing NOT_MINE = new Hearing(false, null);

	public static final Hearing TAKEN = new Hearing(true, null);

	public Hearing {
		if (refusal != null && !taken) {
			throw new IllegalArgumentException("Only a message taken is refused, not one for someone else: " + refusal);
		}
	}

	/**
	 * The feature's message, which it could not act on, for the reason the code names.
	 */
	public static Hearing refused(String messageCode) {
		return new Hearing(true, messageCode);
	}

	/** Why the message was not acted on, if it was not. */
	public Optional<String> refused() {
		return Optional.ofNullable(refusal);
	}

}
