package se.fyren.bot.radar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
	 * Every issue of a place (every place when null) read at once: their signals in one
	 * query, each wheel's year ahead worked out once.
	 */
	Map<FollowedIssue, Radar.Reading> readAll(List<FollowedIssue> all, String place) {
		Map<String, List<Signal>> signals = issues.signalsByIssue(place);
		Map<String, List<Occurrence>> occurrences = new HashMap<>();
		LocalDate today = radar.today();
		Map<FollowedIssue, Radar.Reading> read = new LinkedHashMap<>();
		for (FollowedIssue issue : all) {
			List<Occurrence> ahead = occurrences.computeIfAbsent(issue.calendar(),
					calendar -> decisions(issue, today).stream().filter(Radar::landsIssues).toList());
			read.put(issue, radar.read(signals.getOrDefault(issue.id(), List.of()), ahead));
		}
		return read;
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
