package se.fyren.bot.dialogue;

import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Hearing;
import se.fyren.bot.chat.ThreadListener;

/**
 * Replies in a chain's thread are answers to its open question; their edits and deletions
 * update the record.
 */
@Component
class ThreadAnswers implements ThreadListener {

	private final ChainAnswers answers;

	ThreadAnswers(ChainAnswers answers) {
		this.answers = answers;
	}

	@Override
	public Hearing hear(Heard message) {
		return answers.hear(message);
	}

}
