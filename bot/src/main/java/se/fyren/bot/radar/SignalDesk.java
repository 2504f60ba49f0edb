package se.fyren.bot.radar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Place;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.knowledge.Citation;

/**
 * Logs, edits, deletes and cites signals, from a command line or a card's button alike,
 * and checks the issue's window after each change. Only a signal's author or the issue's
 * creator may change a signal.
 */
@Component
class SignalDesk {

	/** Passages offered to cite when a signal is logged: those that fit the issue. */
	static final int PASSAGES_OFFERED = 2;

	static final int MAX_TEXT = 2000;

	private static final Logger log = LoggerFactory.getLogger(SignalDesk.class);

	private final FollowedIssues issues;

	private final IssueReadings readings;

	private final WindowWatch watch;

	private final RadarCards cards;

	private final RadarText text;

	private final RadarAdvice advice;

	private final RadarProperties properties;

	SignalDesk(FollowedIssues issues, IssueReadings readings, WindowWatch watch, RadarCards cards, RadarText text,
			RadarAdvice advice, RadarProperties properties) {
		this.issues = issues;
		this.readings = readings;
		this.watch = watch;
		this.cards = cards;
		this.text = text;
		this.advice = advice;
		this.properties = properties;
	}

	Reply log(FollowedIssue issue, String streamWord, String line, Place place, String user, Locale locale) {
		Optional<KingdonStream> stream = stream(streamWord);
		if (stream.isEmpty()) {
			List<String> close = CloseNames.to(streamWord, streamWords());
			return new Reply.TextReply(
					text.sentence(close.isEmpty() ? "radar.signal.badStream" : "radar.signal.badStreamClose", locale,
							streamWord, close.isEmpty() ? "" : close.get(0)));
		}
		SignalLine parsed = SignalLine.parse(line);
		if (parsed.text().isEmpty()) {
			return say(locale, "radar.signal.empty", issue.name(), stream.get().key());
		}
		if (parsed.text().length() > MAX_TEXT) {
			return say(locale, "radar.signal.tooLong", MAX_TEXT);
		}
		LocalDate today = readings.radar().today();
		LocalDate date = today;
		if (parsed.date().isPresent()) {
			try {
				date = LocalDate.parse(parsed.date().get(), java.time.format.DateTimeFormatter.ofPattern("uuuu-M-d"));
			}
			catch (DateTimeParseException ex) {
				return say(locale, "radar.signal.badDate", parsed.date().get());
			}
			if (date.isAfter(today.plusDays(properties.maxAhead().toDays()))) {
				return say(locale, "radar.signal.tooFar", parsed.date().get(), text.longDate(today, locale));
			}
		}
		Signal signal = issues.log(issue, stream.get(), parsed.text(), date, user, parsed.link().orElse(null));
		log.info("Signal {} in the {} stream logged for issue {}", signal.id(), stream.get().key(), issue.id());
		watch.check(issue);
		List<Citation> fitting = advice.citations(place, issue.description(), PASSAGES_OFFERED);
		return cards.logged(issue, signal, readings.read(issue), fitting, locale);
	}

	/**
	 * Changes the text of the signal with this number: in the issue named, or in the one
	 * issue followed here that has a signal so numbered.
	 * @param named the issue the person named, or null
	 */
	Reply edit(String place, FollowedIssue named, int number, String newText, String user, Locale locale) {
		return numbered(place, named, number, locale, owned -> {
			if (!mayChange(owned, user)) {
				return say(locale, "radar.signal.notYours", number);
			}
			String stripped = newText.strip();
			if (stripped.isEmpty()) {
				return say(locale, "radar.signal.editEmpty", number);
			}
			if (stripped.length() > MAX_TEXT) {
				return say(locale, "radar.signal.tooLong", MAX_TEXT);
			}
			issues.edit(owned.signal(), stripped);
			return say(locale, "radar.signal.edited", number, owned.issue().name());
		});
	}

	/** Deletes the signal with this number, found as for {@link #edit}. */
	Reply delete(String place, FollowedIssue named, int number, String user, Locale locale) {
		return numbered(place, named, number, locale, owned -> {
			if (!mayChange(owned, user)) {
				return say(locale, "radar.signal.notYours", number);
			}
			issues.delete(owned.signal());
			watch.check(owned.issue());
			return say(locale, "radar.signal.deleted", number, owned.issue().name());
		});
	}

	/**
	 * Cites the passage offered when the signal was logged: the same question asked in
	 * the same place again, and the passage of that list with the key the button carries
	 * (the n-th, unless documents came or went since).
	 */
	Reply cite(String place, Place where, long id, String passage, String user, Locale locale) {
		Optional<Owned> owned = owned(place, id);
		if (owned.isEmpty()) {
			return say(locale, "radar.action.stale");
		}
		int number = owned.get().signal().number();
		if (!mayChange(owned.get(), user)) {
			return say(locale, "radar.signal.notYours", number);
		}
		List<Citation> fitting = advice.citations(where, owned.get().issue().description(), PASSAGES_OFFERED);
		Optional<Citation> chosen = fitting.stream()
			.filter(citation -> RadarCards.passageKey(citation).equals(passage))
			.findFirst();
		if (chosen.isEmpty()) {
			return say(locale, "radar.cite.gone");
		}
		CitedPassage cited = RadarAdvice.cited(chosen.get());
		issues.cite(owned.get().signal(), cited);
		return say(locale, "radar.cite.done", number, text.cited(cited, locale));
	}

	private record Owned(FollowedIssue issue, Signal signal) {
	}

	/**
	 * Acts on the signal with this number in the issue named, or in the one issue here
	 * that has one so numbered; when several have, asks which.
	 */
	private Reply numbered(String place, FollowedIssue named, int number, Locale locale, Function<Owned, Reply> act) {
		List<Owned> found = issues.numbered(place, number)
			.stream()
			.filter(signal -> named == null || signal.issueId().equals(named.id()))
			.flatMap(signal -> issues.byId(signal.issueId()).map(issue -> new Owned(issue, signal)).stream())
			.toList();
		if (found.isEmpty()) {
			return named == null ? say(locale, "radar.signal.unknown", number)
					: say(locale, "radar.signal.unknownIn", number, named.name());
		}
		if (found.size() > 1) {
			List<String> names = found.stream().map(owned -> owned.issue().name()).toList();
			return say(locale, "radar.signal.ambiguous", number, String.join(", ", names), names.get(0));
		}
		return act.apply(found.get(0));
	}

	/** The signal a button names by its key, when its issue is followed in this place. */
	private Optional<Owned> owned(String place, long id) {
		return issues.signal(id)
			.flatMap(signal -> issues.byId(signal.issueId())
				.filter(issue -> issue.place().equals(place))
				.map(issue -> new Owned(issue, signal)));
	}

	private static boolean mayChange(Owned owned, String user) {
		return owned.signal().who() == null || Objects.equals(owned.signal().who(), user)
				|| Objects.equals(owned.issue().createdBy(), user);
	}

	static Optional<KingdonStream> stream(String word) {
		String key = word.toLowerCase(Locale.ROOT);
		return switch (key) {
			case "politics", "politisk" -> Optional.of(KingdonStream.POLITICS);
			case "policyn", "förslag", "forslag", "proposal" -> Optional.of(KingdonStream.POLICY);
			case "problemet" -> Optional.of(KingdonStream.PROBLEM);
			default -> KingdonStream.byKey(key);
		};
	}

	private static List<String> streamWords() {
		return Arrays.stream(KingdonStream.values()).map(KingdonStream::key).toList();
	}

	private Reply say(Locale locale, String code, Object... arguments) {
		return new Reply.TextReply(text.message(code, locale, arguments));
	}

}
