package se.fyren.bot.radar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Place;
import se.fyren.bot.chat.PostOnce;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.infra.Claims;
import se.fyren.bot.wheel.Audience;
import se.fyren.bot.wheel.EventKind;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.WheelProperties;
import se.fyren.bot.wheel.Wheels;

/**
 * Offers the year wheel's own problem-stream data releases (HLV results, the annual
 * report, the interim report) to the issues that follow that calendar, shortly before
 * each release: "Hälsa på lika villkor kommer 15 juni: lägg in siffrorna för
 * barnfattigdom?". Nothing is logged without a person: the card's button asks for the
 * figures, with the release's name and date filled in, and only what someone writes and
 * sends is logged. Once per release and issue, across restarts and instances, by the same
 * claims as window notices ({@link PostOnce}).
 */
@Component
class SignalSuggestions {

	/** The button that asks for the figures of a release. */
	static final String SUGGESTED = "radar.suggested";

	private static final Logger log = LoggerFactory.getLogger(SignalSuggestions.class);

	private static final Locale LOCALE = Inbound.SWEDISH;

	private final FollowedIssues issues;

	private final Wheels wheels;

	private final IssueReadings readings;

	private final SignalDesk desk;

	private final RadarText text;

	private final PostOnce once;

	private final Claims claims;

	private final Duration lead;

	private final Duration postTimeout;

	SignalSuggestions(FollowedIssues issues, Wheels wheels, IssueReadings readings, SignalDesk desk, RadarText text,
			PostOnce once, JdbcClient jdbc, Clock clock, RadarProperties properties, WheelProperties wheel) {
		this.issues = issues;
		this.wheels = wheels;
		this.readings = readings;
		this.desk = desk;
		this.text = text;
		this.once = once;
		this.claims = new Claims(jdbc, clock, "radar_suggestion",
				List.of("issue_id", "calendar", "event_id", "occurs_on"));
		this.lead = properties.suggestLead();
		this.postTimeout = wheel.postTimeout();
	}

	/**
	 * Offers every release due to every issue a chat can be told of; the number offered.
	 */
	int offerDue() {
		LocalDate today = readings.radar().today();
		int offered = 0;
		for (FollowedIssue issue : issues.all()) {
			Optional<Audience> audience = issue.audience();
			if (audience.isEmpty()) {
				continue;
			}
			for (Occurrence release : releases(issue, today)) {
				offered += offer(issue, release, audience.get()) ? 1 : 0;
			}
		}
		return offered;
	}

	private List<Occurrence> releases(FollowedIssue issue, LocalDate today) {
		return wheels.named(issue.calendar())
			.map(wheel -> wheel.occurrences(today, today.plusDays(lead.toDays())))
			.orElse(List.of())
			.stream()
			.filter(SignalSuggestions::isRelease)
			.toList();
	}

	static boolean isRelease(Occurrence occurrence) {
		return occurrence.event().stream() == KingdonStream.PROBLEM
				&& occurrence.event().kind() == EventKind.DATA_RELEASE;
	}

	private boolean offer(FollowedIssue issue, Occurrence release, Audience audience) {
		List<Object> key = List.of(issue.id(), issue.calendar(), release.event().id(), release.date());
		PostOnce.Attempt attempt = once.post(claims, key, postTimeout, audience.destination(),
				postKey(issue, release, audience), () -> card(issue, release, LOCALE), LOCALE);
		if (attempt.outcome() == PostOnce.Outcome.SENT) {
			log.info("Release {} {} offered to issue {} in {}", release.event().id(), release.date(), issue.id(),
					audience);
			return true;
		}
		if (attempt.outcome() == PostOnce.Outcome.FAILED) {
			log.warn("Release {} {} could not be offered to issue {} in {}; tried again at the next check",
					release.event().id(), release.date(), issue.id(), audience);
		}
		return false;
	}

	Reply.Card card(FollowedIssue issue, Occurrence release, Locale locale) {
		String title = release.event().title();
		List<String> paragraphs = List.of(text.message("radar.suggest.offer", locale, title,
				text.dateInSentence(release.date(), locale), issue.name()), text.message("radar.suggest.how", locale));
		Reply.Action action = new Reply.Action(SUGGESTED, text.message("radar.suggest.action", locale, title),
				issue.id() + "|" + release.event().id() + "|" + release.date(), true,
				text.message("radar.suggest.input", locale, issue.name()));
		return new Reply.Card(text.message("radar.suggest.title", locale, issue.name()), paragraphs, List.of(),
				List.of(action), null);
	}

	/**
	 * Logs what the person wrote as a problem signal named after the release, dated the
	 * release's day once it has come (before, today).
	 * @param value the button's issue, event and date
	 */
	Reply logFigures(String place, Place where, String value, String figures, String user, Locale locale) {
		String[] parts = value.split("\\|");
		Optional<FollowedIssue> issue = parts.length == 3 ? issues.byId(parts[0]).filter(i -> i.place().equals(place))
				: Optional.empty();
		Optional<Occurrence> release = issue.flatMap(i -> wheels.named(i.calendar()))
			.flatMap(wheel -> parse(parts[2]).flatMap(date -> wheel.occurrence(parts[1], date)));
		if (issue.isEmpty() || release.isEmpty()) {
			return new Reply.TextReply(text.message("radar.action.stale", locale));
		}
		LocalDate today = readings.radar().today();
		LocalDate dated = release.get().date().isAfter(today) ? today : release.get().date();
		String line = figures.isBlank() ? "" : release.get().event().title() + ": " + figures.strip() + " " + dated;
		return desk.log(issue.get(), KingdonStream.PROBLEM.key(), line, where, user, locale);
	}

	private static Optional<LocalDate> parse(String date) {
		try {
			return Optional.of(LocalDate.parse(date));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** The same for every attempt at one offer, whichever instance makes it. */
	static String postKey(FollowedIssue issue, Occurrence release, Audience audience) {
		String identity = String.join("|", issue.id(), issue.calendar(), release.event().id(),
				release.date().toString(), audience.toString());
		return "radar-suggestion:" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
	}

}
