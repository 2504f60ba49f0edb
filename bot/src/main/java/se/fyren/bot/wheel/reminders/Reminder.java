package se.fyren.bot.wheel.reminders;

import se.fyren.bot.wheel.Audience;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One reminder to one audience: an event's occurrence, and which of its reminders this is
 * (a lead time such as {@code P14D}, or {@code snooze:<id>}).
 */
record Reminder(String calendar, String eventId, LocalDate occursOn, String leadKey, Audience audience, Instant due) {
}
