package se.fyren.bot.chat;

import java.util.Optional;

/**
 * The seam where features (the dialogue chain, the year wheel) plug their chat commands
 * into the core: a bean that recognises its own messages ({@code dialog …},
 * {@code fönster}, {@code sluta bevaka …}) by its {@link #pattern} and answers. The core
 * asks each in turn, in their {@code @Order}: a feature's command is
 * {@link #FEATURE_ORDER}, before asking the reports, which takes everything and so comes
 * last.
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
	 * The messages this command answers: a chat tells them from a question before they
	 * are answered (the web page says "Fyren svarar …", not that it searches the
	 * reports). The command answers by this very pattern, so the two cannot drift. Every
	 * command names it but the question, which takes the rest.
	 */
	default Optional<CommandPattern> pattern() {
		return Optional.empty();
	}

	/**
	 * This command's messages that run in a conversation of their own (a dialogue chain's
	 * start): a chat whose private conversation cannot hold one (the web chat) opens one
	 * first and sends them there.
	 */
	default Optional<CommandPattern> startsConversation() {
		return Optional.empty();
	}

	/**
	 * This command's messages that may name a calendar after their command word (the year
	 * wheel's): group 1 is the command word, group 2 what follows it. A chat may remember
	 * the calendar chosen last and give it when none is named.
	 */
	default Optional<CommandPattern> takesCalendar() {
		return Optional.empty();
	}

}
