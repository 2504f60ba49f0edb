package se.fyren.bot.wheel;

import se.fyren.bot.wheel.calendar.DateRule;
import java.time.Duration;
import java.util.List;

/**
 * One point of the year wheel as an administrator describes it.
 *
 * @param leadTimes how long before the date each reminder goes out
 * @param audiences where reminders go besides the calendar's subscribers
 * ({@code slack:C123})
 * @param queries questions to the reports whose top passages the reminder cites
 */
public record WheelEvent(String id, String title, String description, KingdonStream stream, EventKind kind,
		DateRule date, List<Duration> leadTimes, List<Audience> audiences, List<String> checklist,
		List<String> queries) {

	public WheelEvent {
		leadTimes = List.copyOf(leadTimes);
		audiences = List.copyOf(audiences);
		checklist = List.copyOf(checklist);
		queries = List.copyOf(queries);
	}

}
