package se.fyren.bot.chat;

import java.util.Optional;

/**
 * The seam where a feature handles clicks on the buttons of its {@link Reply.Card}s: a
 * bean that claims the action ids of its own namespace ({@code dialogue.},
 * {@code wheel.}).
 */
public interface CardAction {

	boolean handles(String actionId);

	/**
	 * What to tell the one who clicked (shown only to them where the chat allows), or
	 * empty for nothing.
	 */
	Optional<Reply> handle(Clicked click);

}
