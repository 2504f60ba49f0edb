package se.fyren.bot.radar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
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

	/**
	 * A date as people write it, a month or day with one digit or two. Resolved strictly,
	 * so a day the month lacks is refused rather than moved to its last; {@code uuuu}, as
	 * strict resolving of {@code yyyy} would ask for an era.
	 */
	private static final DateTimeFormatter WRITTEN_DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);

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
		LocalDate date = readings.radar().today();
		if (parsed.date().isPresent()) {
			WrittenDate written = read(parsed.date().get(), locale);
			if (written.refusal().isPresent()) {
				return written.refusal().get();
			}
			date = written.date();
		}
		Signal signal = issues.log(issue, stream.get(), parsed.text(), date, user, parsed.link().orElse(null));
		log.info("Signal #{} (id {}) in the {} stream logged for issue {}", signal.number(), signal.id(),
				stream.get().key(), issue.id());
		watch.check(issue);
		List<Citation> fitting = advice.citations(place, issue.description(), PASSAGES_OFFERED);
		return cards.logged(issue, signal, readings.read(issue), fitting, locale);
	}

	/**
	 * Changes the signal with this number, in the issue named, or in the one issue
	 * followed here that has a signal so numbered: its text, and its date and link when
	 * the line ends with them, read as a logged signal's line is. A line with only a date
	 * (or a link) keeps the text.
	 * @param named the issue the person named, or null
	 */
	Reply edit(String place, FollowedIssue named, int number, String line, String user, Locale locale) {
		return numbered(place, named, number, locale, owned -> {
			if (!mayChange(owned, user)) {
				return say(locale, "radar.signal.notYours", number);
			}
			SignalLine parsed = SignalLine.parse(line);
			if (parsed.text().isEmpty() && parsed.date().isEmpty() && parsed.link().isEmpty()) {
				return say(locale, "radar.signal.editEmpty", number);
			}
			if (parsed.text().length() > MAX_TEXT) {
				return say(locale, "radar.signal.tooLong", MAX_TEXT);
			}
			Signal signal = owned.signal();
			LocalDate date = signal.date();
			if (parsed.date().isPresent()) {
				WrittenDate written = read(parsed.date().get(), locale);
				if (written.refusal().isPresent()) {
					return written.refusal().get();
				}
				date = written.date();
			}
			issues.edit(signal, parsed.text().isEmpty() ? signal.text() : parsed.text(), date,
					parsed.link().orElse(signal.link()));
			log.info("Signal #{} (id {}) of issue {} edited{}", number, signal.id(), owned.issue().id(),
					parsed.date().isPresent() ? ", its date too" : "");
			if (parsed.date().isEmpty()) {
				return say(locale, "radar.signal.edited", number, owned.issue().name());
			}
			// A new date may make a stream live or stale.
			watch.check(owned.issue());
			return say(locale, "radar.signal.editedDated", number, owned.issue().name(),
					text.dateInSentence(date, locale));
		});
	}

	/** Deletes the signal with this number, found as for {@link #edit}. */
	Reply delete(String place, FollowedIssue named, int number, String user, Locale locale) {
		return numbered(place, named, number, locale, owned -> {
			if (!mayChange(owned, user)) {
				return say(locale, "radar.signal.notYours", number);
			}
			issues.delete(owned.signal());
			log.info("Signal #{} (id {}) of issue {} deleted", number, owned.signal().id(), owned.issue().id());
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

	/** A date as written at the end of a signal's line: the day, or why it is refused. */
	private record WrittenDate(LocalDate date, Optional<Reply> refusal) {

		static WrittenDate refused(Reply refusal) {
			return new WrittenDate(null, Optional.of(refusal));
		}

	}

	/**
	 * Reads a date written at the end of a signal's line, strictly: 2026-02-30 is no date
	 * (not 28 February, as a lenient reading would have it), and a day further ahead than
	 * the radar allows is refused.
	 */
	private WrittenDate read(String written, Locale locale) {
		LocalDate date;
		try {
			date = LocalDate.parse(written, WRITTEN_DATE);
		}
		catch (DateTimeParseException ex) {
			return WrittenDate.refused(say(locale, "radar.signal.badDate", written));
		}
		LocalDate today = readings.radar().today();
		if (date.isAfter(today.plusDays(properties.maxAhead().toDays()))) {
			return WrittenDate.refused(say(locale, "radar.signal.tooFar", written, text.longDate(today, locale)));
		}
		return new WrittenDate(date, Optional.empty());
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
