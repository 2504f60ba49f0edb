package se.fyren.bot.wheel;

import java.time.LocalDate;

/** An event on its date in one year. */
public record Occurrence(WheelEvent event, LocalDate date) {
}
