package se.fyren.bot.dialogue;

import java.time.Instant;
import java.util.Locale;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.PostedMessage;

/**
 * One run of a template with a group, as stored.
 *
 * @param where the conversation it runs in; its thread is the start message's, where
 * questions and answers go
 * @param facilitator who started it and alone may steer it (null when the chat does not
 * say who: then no one may)
 * @param step the question now open, from 0
 * @param stepDeadline when the open question closes
 * @param stepMessage the open question's message id, updated in place for the live
 * countdown
 */
record DialogueChain(String id, Destination where, String template, String group, String facilitator, boolean anonymous,
		Locale locale, int step, Instant stepDeadline, String stepMessage, ChainState state, Instant startedAt,
		Instant endedAt) {

	boolean running() {
		return state == ChainState.RUNNING;
	}

	/**
	 * Only the facilitator steers: a chain started by someone the chat did not name (a
	 * web chat without a browser id) is steered by no one and ends by its timers.
	 */
	boolean steeredBy(String user) {
		return facilitator != null && facilitator.equals(user);
	}

	/** Whether a card's button was clicked in the conversation the chain runs in. */
	boolean runsIn(Destination clicked) {
		return clicked != null && where.channel() == clicked.channel()
				&& where.conversation().equals(clicked.conversation());
	}

	/**
	 * Who may have the export links: the facilitator, in the chat the chain ran in. A
	 * chain whose facilitator the chat did not name has no one: anyone can claim to be in
	 * a web room.
	 */
	boolean exportableTo(Channel channel, String user) {
		return where.channel() == channel && steeredBy(user);
	}

	PostedMessage openQuestion() {
		return stepMessage == null ? null : new PostedMessage(where, stepMessage);
	}

}
