package se.fyren.bot.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The core's own command for a message that asks nothing: only a greeting ("Hej Fyren!",
 * "hello"), only thanks ("tack!", "thank you 🙏") or no words at all (emoji,
 * punctuation). Searched for, each found a sentence that happened to hold the word;
 * instead it gets a short reply in the message's own language, and no search. A greeting
 * before a question ("hej, vad säger rapporterna om …?") is a question, and left to the
 * reports.
 */
@Component
@Order(ChatCommand.FEATURE_ORDER)
class SmallTalk implements ChatCommand {

	/** What may close a greeting or thanks: punctuation, emoji and their modifiers. */
	private static final String DECORATION = "[\\p{P}\\p{S}\\p{Z}\\p{M}\\p{Cf}\\s]*";

	/** "Fyren" after a greeting or thanks, set off by a space or a comma. */
	private static final String FYREN = "(?:[\\s,]+fyren)?";

	/** No letter or digit at all: emoji, punctuation. */
	private static final CommandPattern NO_WORDS = CommandPattern.of("[^\\p{L}\\p{Nd}]+");

	private static final CommandPattern SWEDISH_GREETING = whole(
			"hej(?:san| hej)?|hall[aå]|tjena(?:re)?|god (?:morgon|dag|middag|kv[aä]ll)");

	private static final CommandPattern ENGLISH_GREETING = whole("hello|hi|hey|good (?:morning|afternoon|evening)");

	private static final CommandPattern SWEDISH_THANKS = whole(
			"tack(?: tack| så (?:mycket|jättemycket)| för hjälpen| för svaret)?|tackar|stort tack|tusen tack");

	private static final CommandPattern ENGLISH_THANKS = whole(
			"thanks(?: a lot| for the help)?|thank you(?: so much| very much| for the help)?|ty");

	private static final CommandPattern PATTERN = CommandPattern
		.anyOf(List.of(NO_WORDS, SWEDISH_GREETING, ENGLISH_GREETING, SWEDISH_THANKS, ENGLISH_THANKS));

	private final MessageSource messages;

	SmallTalk(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Optional<CommandPattern> pattern() {
		return Optional.of(PATTERN);
	}

	@Override
	public Optional<Reply> handle(Inbound message) {
		String text = message.text();
		if (NO_WORDS.matches(text)) {
			return reply("chat.noWords", message.locale());
		}
		if (SWEDISH_GREETING.matches(text)) {
			return reply("chat.greeting", Inbound.SWEDISH);
		}
		if (ENGLISH_GREETING.matches(text)) {
			return reply("chat.greeting", Locale.ENGLISH);
		}
		if (SWEDISH_THANKS.matches(text)) {
			return reply("chat.thanks", Inbound.SWEDISH);
		}
		if (ENGLISH_THANKS.matches(text)) {
			return reply("chat.thanks", Locale.ENGLISH);
		}
		return Optional.empty();
	}

	private Optional<Reply> reply(String code, Locale locale) {
		return Optional.of(new Reply.TextReply(messages.getMessage(code, null, locale)));
	}

	/**
	 * The words alone (apart by any white space), then "Fyren" if named, then only
	 * decoration.
	 */
	private static CommandPattern whole(String words) {
		return CommandPattern.of("(?:" + words.replace(" ", "\\s+") + ")" + FYREN + DECORATION);
	}

}
