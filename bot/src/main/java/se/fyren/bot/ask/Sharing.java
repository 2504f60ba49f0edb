package se.fyren.bot.ask;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.fyren.bot.chat.CardAction;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Place;
import se.fyren.bot.chat.Reply;

/**
 * Sharing an answer only its asker saw (Slack's "Dela i kanalen"): the question is asked
 * again rather than the answer kept around, so the button still works after a restart,
 * and the shared copy gets its own answer id for the conversation's ratings.
 */
@Component
class Sharing implements CardAction {

	private final Questions questions;

	Sharing(Questions questions) {
		this.questions = questions;
	}

	@Override
	public boolean handles(String actionId) {
		return Reply.AnswerReply.SHARE.equals(actionId);
	}

	@Override
	public Optional<Reply> handle(Clicked click) {
		return Optional.of(questions.reply(Place.of(click.where()), click.value(), click.locale()));
	}

}
