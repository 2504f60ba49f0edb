package se.fyren.bot.documents;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What became of an added or forgotten document, as a message for the one who asked: its
 * code in {@code i18n/documents.properties} and arguments.
 *
 * @param done whether the document was added (or forgotten)
 */
public record Outcome(boolean done, String code, List<Object> args) {

	public Outcome {
		args = List.copyOf(args);
	}

	static Outcome done(String code, Object... args) {
		return new Outcome(true, code, List.of(args));
	}

	static Outcome refused(String code, Object... args) {
		return new Outcome(false, code, List.of(args));
	}

	public String text(MessageSource messages, Locale locale) {
		return messages.getMessage(code, args.toArray(), locale);
	}

}
