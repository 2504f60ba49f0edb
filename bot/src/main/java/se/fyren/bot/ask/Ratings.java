package se.fyren.bot.ask;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.CardAction;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Reply;

/**
 * The helpful / not helpful buttons under an answer, in every chat: a click carries the
 * answer's id, and a user's second rating replaces the first.
 */
@Component
public class Ratings implements CardAction {

	private static final Logger log = LoggerFactory.getLogger(Ratings.class);

	private final AnswerLog answers;

	private final MessageSource messages;

	Ratings(AnswerLog answers, MessageSource messages) {
		this.answers = answers;
		this.messages = messages;
	}

	@Override
	public boolean handles(String actionId) {
		return Reply.AnswerReply.HELPFUL.equals(actionId) || Reply.AnswerReply.NOT_HELPFUL.equals(actionId);
	}

	@Override
	public Optional<Reply> handle(Clicked click) {
		boolean known = rate(click.value(), click.user(), Reply.AnswerReply.HELPFUL.equals(click.actionId()));
		if (!known) {
			log.info("Rating of unknown answer {} from {} {}", click.value(), click.where().channel(), click.user());
		}
		return Optional.of(new Reply.TextReply(
				messages.getMessage(known ? "ask.thanks" : "ask.unknownAnswer", null, click.locale())));
	}

	/** Stores a rating; false when there is no such answer. */
	boolean rate(String answerId, String user, boolean helpful) {
		return answerId != null && answers.rate(answerId, user, helpful);
	}

}
