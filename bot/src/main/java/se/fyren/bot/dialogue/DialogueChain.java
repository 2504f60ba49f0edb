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
 * say who)
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

	boolean steeredBy(String user) {
		return facilitator == null || facilitator.equals(user);
	}

	/**
	 * Who may have the export links: the facilitator, in the chat the chain ran in; when
	 * the chat did not say who started it, anyone in the conversation it ran in.
	 */
	boolean exportableTo(Channel channel, String conversation, String user) {
		if (where.channel() != channel) {
			return false;
		}
		return facilitator == null ? where.conversation().equals(conversation) : facilitator.equals(user);
	}

	PostedMessage openQuestion() {
		return stepMessage == null ? null : new PostedMessage(where, stepMessage);
	}

}
