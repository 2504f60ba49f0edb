package se.fyren.bot.radar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.Wheels;

/** Reads a stored issue with the radar: its signals against its wheel's year ahead. */
@Component
class IssueReadings {

	/** A budget year: the decision points a proposal started today can still reach. */
	static final int YEARS_AHEAD = 1;

	private final FollowedIssues issues;

	private final Wheels wheels;

	private final Radar radar;

	IssueReadings(FollowedIssues issues, Wheels wheels, Radar radar) {
		this.issues = issues;
		this.wheels = wheels;
		this.radar = radar;
	}

	Radar.Reading read(FollowedIssue issue) {
		return read(issue, issues.signals(issue.id()));
	}

	Radar.Reading read(FollowedIssue issue, List<Signal> signals) {
		return radar.read(signals, decisions(issue, radar.today()));
	}

	/**
	 * The issue's wheel's occurrences from the day on; none when the calendar is gone.
	 */
	List<Occurrence> decisions(FollowedIssue issue, LocalDate from) {
		return wheels.named(issue.calendar())
			.map(wheel -> wheel.occurrences(from, from.plusYears(YEARS_AHEAD)))
			.orElse(List.of());
	}

	Radar radar() {
		return radar;
	}

}
