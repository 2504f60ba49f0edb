package se.fyren.bot.chat;

import java.util.Optional;
import java.util.Set;

/**
 * The seam where features (the dialogue chain, the year wheel) plug their chat commands
 * into the core: a bean that recognises its own first word ({@code dialog},
 * {@code fönster}, {@code årshjul}) and answers. The core asks each in turn, in their
 * {@code @Order}: a feature's command is {@link #FEATURE_ORDER}, before asking the
 * reports, which takes everything and so comes last.
 */
public interface ChatCommand {

	/**
	 * The order of a feature's command: Spring puts beans without one last, where only
	 * the question belongs.
	 */
	int FEATURE_ORDER = 0;

	/**
	 * A reply when this command handles the message, empty when the message is not for
	 * it.
	 */
	Optional<Reply> handle(Inbound message);

	/**
	 * The words, in lower case, that first in a message (in any case) make it this
	 * command's whatever follows: a chat tells such a command from a question before it
	 * is answered. The command's own parsing reads them from here, so the two cannot
	 * drift. Empty for a command known by more than its first word.
	 */
	default Set<String> firstWords() {
		return Set.of();
	}

}
