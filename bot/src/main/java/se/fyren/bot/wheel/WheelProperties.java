package se.fyren.bot.wheel;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The year wheel's settings ({@code fyren.wheel.*}; defaults in application.yml).
 *
 * @param calendars the folder of calendar files, relative to the working directory
 * @param span how far before a decision point fresh data and political change still count
 * for its window
 * @param minimumStrength the fewest streams that must meet for Fyren to call it a window
 * (1-3)
 * @param reminderTime the time of day reminders go out, in {@code zone}
 * @param snooze how much later "remind me again" reminds
 * @param horizon how far ahead reminders are scheduled at start
 * @param homeCalendar the calendar a chat's home page (Slack's App Home) shows
 * @param postTimeout how long a reminder's post may take, retries included; a claim left
 * unfinished longer belongs to an instance that died mid-post and is taken over
 * @param maxPendingSnoozes the most reminders one conversation may have put off at once:
 * each is a scheduled trigger, and a button click is cheap to repeat
 */
@ConfigurationProperties("fyren.wheel")
public record WheelProperties(String calendars, Duration span, int minimumStrength, LocalTime reminderTime, ZoneId zone,
		Duration snooze, Duration horizon, String homeCalendar, Duration postTimeout,
		@DefaultValue("20") int maxPendingSnoozes) {

	public WheelProperties {
		if (maxPendingSnoozes < 1) {
			throw new IllegalArgumentException(
					"fyren.wheel.max-pending-snoozes must be at least 1, was " + maxPendingSnoozes);
		}
	}

}
