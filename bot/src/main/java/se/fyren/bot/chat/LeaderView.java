package se.fyren.bot.chat;

import java.util.Locale;
import java.util.Optional;

/**
 * The seam where a feature shows the one who leads a conversation what is happening in it
 * (a dialogue chain's answers so far, on the facilitator's screen), as a card any chat
 * renders. A chat asks {@link Conversation#leaderView} only for someone it knows leads
 * there: what the card shows is not for everyone in the conversation.
 */
public interface LeaderView {

	/**
	 * The feature's card for the conversation's leader, or empty when it runs nothing
	 * there.
	 */
	Optional<Reply.Card> leaderCard(Destination conversation, Locale locale);

}
