package se.fyren.bot.radar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.fyren.bot.wheel.Audience;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.ReminderNotes;

/**
 * On the reminder of a decision point: the issues followed where the reminder goes whose
 * window is open for it, or nearly (all three streams live before its lead time begins,
 * or one stream missing), so the team sees which of its issues to bring.
 */
@Component
class RadarReminderNotes implements ReminderNotes {

	private final FollowedIssues issues;

	private final IssueReadings readings;

	private final RadarText text;

	RadarReminderNotes(FollowedIssues issues, IssueReadings readings, RadarText text) {
		this.issues = issues;
		this.readings = readings;
		this.text = text;
	}

	@Override
	public List<String> notes(String calendar, Occurrence occurrence, Audience audience, Locale locale) {
		if (!Radar.landsIssues(occurrence)) {
			return List.of();
		}
		List<FollowedIssue> here = issues.in(audience.toString())
			.stream()
			.filter(issue -> issue.calendar().equals(calendar))
			.toList();
		if (here.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		readings.readAll(here, audience.toString()).forEach((issue, reading) -> {
			// This decision point's window, not the issue's first open one: on 5 October
			// the deadline's window is open and so, from that day, is the budget's.
			if (readings.radar().isOpen(reading, occurrence)) {
				lines.add(open(issue, reading, occurrence, locale));
			}
			else if (reading.ahead().stream().anyMatch(decision -> same(decision, occurrence))) {
				List<KingdonStream> missing = reading.missing();
				if (missing.isEmpty()) {
					lines.add(waiting(issue, reading, occurrence, locale));
				}
				else if (missing.size() == 1) {
					lines.add(text.message("radar.notes.nearly", locale, issue.name(),
							text.stream(missing.get(0), locale)));
				}
			}
		});
		if (lines.isEmpty()) {
			return List.of();
		}
		return List.of(text.message("radar.notes.title", locale) + "\n" + String.join("\n", lines));
	}

	/**
	 * Open until the decision, or until a stream's newest signal grows too old, if that
	 * comes first: then a new signal keeps the window open.
	 */
	private String open(FollowedIssue issue, Radar.Reading reading, Occurrence decision, Locale locale) {
		Radar.Ageing ageing = reading.ageing().orElseThrow();
		if (!ageing.lastLive().isBefore(decision.date())) {
			return text.message("radar.notes.open", locale, issue.name(), text.date(decision.date(), locale));
		}
		return text.message("radar.notes.openUntil", locale, issue.name(), text.date(ageing.lastLive(), locale),
				text.streams(ageing.streams(), locale));
	}

	/**
	 * Waiting for the lead time to begin, or, when a stream's newest signal grows too old
	 * before it does, for a new signal too: the window will not open by itself. A list
	 * line keeps the short date; running prose has the long one.
	 */
	private String waiting(FollowedIssue issue, Radar.Reading reading, Occurrence decision, Locale locale) {
		Radar.Ageing ageing = reading.ageing().orElseThrow();
		LocalDate opens = readings.radar().opens(decision);
		if (!ageing.lastLive().isBefore(opens)) {
			return text.message("radar.notes.waiting", locale, issue.name(), text.date(opens, locale));
		}
		return text.message("radar.notes.waitingAgeing", locale, issue.name(), text.date(ageing.lastLive(), locale),
				text.date(opens, locale), text.streams(ageing.streams(), locale));
	}

	private static boolean same(Occurrence one, Occurrence other) {
		return one.event().id().equals(other.event().id()) && one.date().equals(other.date());
	}

}
