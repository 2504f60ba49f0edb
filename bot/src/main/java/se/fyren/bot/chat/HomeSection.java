package se.fyren.bot.chat;

import java.util.Optional;
import java.util.Locale;

/**
 * The seam where a feature puts a section on a chat's home page (Slack's App Home) below
 * what Fyren can do: the year wheel's next windows. A chat renders the cards the core
 * returns from {@link Conversation#home}, and never reaches into a feature.
 */
public interface HomeSection {

	/**
	 * The feature's card for the chat's home page, in that chat's words, or empty when it
	 * has nothing to show.
	 */
	Optional<Reply.Card> homeCard(Channel channel, Locale locale);

}
