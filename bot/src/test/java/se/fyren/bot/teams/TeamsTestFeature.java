package se.fyren.bot.teams;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import se.fyren.bot.chat.CardAction;
import se.fyren.bot.chat.ChatCommand;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.chat.ThreadListener;

/**
 * A stand-in feature, as the dialogue chain will be one: the command {@code provkort} answers with a card
 * whose buttons come back as clicks, and a listener that keeps what it overheard.
 */
@TestConfiguration(proxyBeanMethods = false)
class TeamsTestFeature {

	static final String COMMAND = "provkort";

	@Bean
	ChatCommand testCardCommand() {
		return message -> message.text().equals(COMMAND)
				? Optional.of(new Reply.Card("Steg 1: *Nuläge*", List.of("Vad ser ni i *er* kommun?"),
						List.of(Reply.Action.button("prov.next", "Nästa steg", "session-42"),
								new Reply.Action("prov.answer", "Svara", "session-42", true, "Ditt svar"))))
				: Optional.empty();
	}

	@Bean
	CardAction testCardAction() {
		return new CardAction() {
			@Override
			public boolean handles(String actionId) {
				return actionId.startsWith("prov.");
			}

			@Override
			public Optional<Reply> handle(Clicked click) {
				return Optional.of(new Reply.TextReply("Mottaget " + click.actionId() + " för " + click.value() + ": "
						+ click.input() + " (kort " + click.message() + ", tråd " + click.where().thread() + ")"));
			}
		};
	}

	@Bean
	Overheard overheard() {
		return new Overheard();
	}

	/** Takes every message it hears, as the dialogue chain takes the answers in its thread. */
	static final class Overheard implements ThreadListener {

		private final List<Heard> heard = new CopyOnWriteArrayList<>();

		@Override
		public boolean hear(Heard message) {
			heard.add(message);
			return true;
		}

		List<Heard> of(String message) {
			return heard.stream().filter(h -> message.equals(h.message())).toList();
		}

	}

}
