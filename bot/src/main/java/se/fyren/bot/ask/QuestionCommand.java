package se.fyren.bot.ask;

import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.ChatCommand;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;

/**
 * Whatever no feature's command takes is a question from the reports: the last command
 * the core tries, so a feature's first word ({@code dialog}, {@code fönster}) always
 * wins.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class QuestionCommand implements ChatCommand {

	private final Questions questions;

	QuestionCommand(Questions questions) {
		this.questions = questions;
	}

	@Override
	public Optional<Reply> handle(Inbound message) {
		return Optional.of(questions.reply(message.place(), message.text(), message.locale()));
	}

}
