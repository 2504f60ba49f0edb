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

	public WindowText(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Why a decision point is a window: which streams meet before it, with the events of
	 * each. The decision is the policy stream's; with one other stream, that stream and
	 * the policy stream are the two that meet, however many events the one brings. The
	 * counts let English say "brings" of one event and "bring" of several. The decision's
	 * date stands in the sentence: "inför X, torsdag den 17 juni 2027".
	 */
	public String explanation(Window window, Locale locale) {
		Object[] arguments = { window.decision().event().title(), dateInSentence(window.decision().date(), locale),
				events(window.problem(), locale), events(window.politics(), locale), window.problem().size(),
				window.politics().size() };
		return switch (window.strength()) {
			case 3 -> message("wheel.explain.three", locale, arguments);
			case 2 -> message(window.problem().isEmpty() ? "wheel.explain.politics" : "wheel.explain.problem", locale,
					arguments);
			default -> message("wheel.explain.one", locale, arguments);
		};
	}

	/** A date as a heading or a list shows it: torsdag 17 juni 2027. */
	public String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern(message("wheel.date.format", locale), locale).format(date);
	}

	/**
	 * A date in running prose, after a word such as "igen" or "redan" or beside the event
	 * it dates: Swedish says the weekday, then "den" and the date ("igen torsdag den 17
	 * juni 2027", "inför X, torsdag den 17 juni 2027"); English needs no such word
	 * ("again on Thursday 17 June 2027").
	 */
	public String dateInSentence(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern(message("wheel.date.inSentence", locale), locale).format(date);
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
