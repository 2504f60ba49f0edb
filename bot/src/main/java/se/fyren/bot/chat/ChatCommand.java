package se.fyren.bot.chat;

import java.util.Optional;

/**
 * The seam where features (the dialogue chain, the year wheel) plug their chat commands
 * into the core: a bean that recognises its own first word ({@code dialog},
 * {@code fönster}, {@code årshjul}) and answers. The core asks each in turn before
 * treating a message as a question.
 */
public interface ChatCommand {

	/**
	 * A reply when this command handles the message, empty when the message is not for
	 * it.
	 */
	Optional<Reply> handle(Inbound message);

}
