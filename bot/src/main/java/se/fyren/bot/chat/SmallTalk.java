package se.fyren.bot.chat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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

	private static final Pattern SWEDISH_GREETING = whole(
			"hej(?:san| hej)?|hall[aå]|tjena(?:re)?|god (?:morgon|dag|middag|kv[aä]ll)");

	private static final Pattern ENGLISH_GREETING = whole("hello|hi|hey|good (?:morning|afternoon|evening)");

	private static final Pattern SWEDISH_THANKS = whole(
			"tack(?: tack| så (?:mycket|jättemycket)| för hjälpen| för svaret)?|tackar|stort tack|tusen tack");

	private static final Pattern ENGLISH_THANKS = whole(
			"thanks(?: a lot| for the help)?|thank you(?: so much| very much| for the help)?|ty");

	private final MessageSource messages;

	SmallTalk(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Optional<Reply> handle(Inbound message) {
		String plain = Normalizer.normalize(message.text(), Normalizer.Form.NFC)
			.strip()
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ");
		if (plain.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return reply("chat.noWords", message.locale());
		}
		if (SWEDISH_GREETING.matcher(plain).matches()) {
			return reply("chat.greeting", Inbound.SWEDISH);
		}
		if (ENGLISH_GREETING.matcher(plain).matches()) {
			return reply("chat.greeting", Locale.ENGLISH);
		}
		if (SWEDISH_THANKS.matcher(plain).matches()) {
			return reply("chat.thanks", Inbound.SWEDISH);
		}
		if (ENGLISH_THANKS.matcher(plain).matches()) {
			return reply("chat.thanks", Locale.ENGLISH);
		}
		return Optional.empty();
	}

	private Optional<Reply> reply(String code, Locale locale) {
		return Optional.of(new Reply.TextReply(messages.getMessage(code, null, locale)));
	}

	/** The words alone, then "Fyren" if named, then only decoration. */
	private static Pattern whole(String words) {
		return Pattern.compile("(?:" + words + ")" + FYREN + DECORATION);
	}

}
