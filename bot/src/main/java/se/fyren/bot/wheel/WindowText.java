package se.fyren.bot.wheel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says windows, dates and events in plain words of the reader's language. */
@Component
public class WindowText {

	private final MessageSource messages;

	WindowText(MessageSource messages) {
		this.messages = messages;
	}

	/** Why a decision point is a window: which events of which streams come before it. */
	public String explanation(Window window, Locale locale) {
		String decision = window.decision().event().title();
		String date = date(window.decision().date(), locale);
		String problem = events(window.problem(), locale);
		String politics = events(window.politics(), locale);
		return switch (window.strength()) {
			case 3 -> message("wheel.explain.three", locale, decision, date, problem, politics);
			case 2 -> window.problem().isEmpty() ? message("wheel.explain.politics", locale, decision, date, politics)
					: message("wheel.explain.problem", locale, decision, date, problem);
			default -> message("wheel.explain.one", locale, decision, date);
		};
	}

	public String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern(message("wheel.date.format", locale), locale).format(date);
	}

	String shortDate(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern(message("wheel.date.short", locale), locale).format(date);
	}

	public String stream(KingdonStream stream, Locale locale) {
		return message(stream.label(), locale);
	}

	public String kind(EventKind kind, Locale locale) {
		return message(kind.label(), locale);
	}

	/** A date in a list of dates that may cross a year end: 1 januari 2027. */
	String datedYear(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern(message("wheel.date.withYear", locale), locale).format(date);
	}

	/** A text in the chat's own words where it has them ({@code code.web}). */
	String said(se.fyren.bot.chat.Channel channel, String code, Locale locale, Object... arguments) {
		return messages.getMessage(channel.text(code, arguments), locale);
	}

	public String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	/** "Allmänna val (13 sep) och Nya kommunfullmäktige tillträder (15 okt)". */
	private String events(List<Occurrence> occurrences, Locale locale) {
		List<String> named = occurrences.stream()
			.map(occurrence -> occurrence.event().title() + " (" + shortDate(occurrence.date(), locale) + ")")
			.toList();
		if (named.size() <= 1) {
			return String.join("", named);
		}
		return String.join(", ", named.subList(0, named.size() - 1)) + " " + message("wheel.and", locale) + " "
				+ named.get(named.size() - 1);
	}

}
