package se.fyren.bot.dialogue;

import java.time.Instant;

/**
 * An answer to one question of a chain.
 *
 * @param message the chat's id of the message that carried it (a thread reply, or a
 * button's own id)
 * @param user the participant's id as the chat gives it
 * @param name the participant's name in the chat when the answer came; null when the chat
 * did not say, and always in an anonymous chain
 */
record ChainAnswer(int step, String message, String user, String name, String text, boolean edited, boolean deleted,
		Instant answeredAt) {
}
