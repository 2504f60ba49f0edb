package se.fyren.bot.wheel.reminders;

import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.Wheel;
import se.fyren.bot.wheel.WheelProperties;
import se.fyren.bot.wheel.Wheels;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * When each reminder falls due: the event's date at the reminder time of day, less the
 * lead time. Of an occurrence's lead times only the latest one due counts, so a Fyren
 * that was down for weeks sends "in two days", not also the "in eight weeks" it missed.
 */
@Component
class ReminderPlan {

	/** The reminder of an occurrence that is due now. */
	record Due(Wheel wheel, Occurrence occurrence, Duration lead, Instant at) {
	}

	/**
	 * A moment Quartz should wake the reminders up, named so that every instance names it
	 * alike.
	 */
	record WakeUp(String name, Instant at) {
	}

	private final Wheels wheels;

	private final WheelProperties properties;

	ReminderPlan(Wheels wheels, WheelProperties properties) {
		this.wheels = wheels;
		this.properties = properties;
	}

	/**
	 * Whole days are counted on the calendar, so "8 weeks" is 08:00 also across a change
	 * to or from summer time.
	 */
	Instant due(LocalDate date, Duration lead) {
		return date.atTime(properties.reminderTime())
			.atZone(properties.zone())
			.minusDays(lead.toDays())
			.toInstant()
			.minus(lead.minusDays(lead.toDays()));
	}

	LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, properties.zone());
	}

	/**
	 * Reminders due by now for occurrences from today on: for each, the latest of its
	 * lead times due.
	 */
	List<Due> dueNow(Instant now) {
		List<Due> due = new ArrayList<>();
		LocalDate today = today(now);
		for (Wheel wheel : wheels.all()) {
			for (Occurrence occurrence : wheel.occurrences(today, today.plusDays(longestLead(wheel).toDays()))) {
				latestDue(wheel, occurrence, now).ifPresent(due::add);
			}
		}
		return due;
	}

	/**
	 * Every moment until {@code until} a reminder falls due, and now for those already
	 * due and still useful.
	 */
	List<WakeUp> wakeUps(Instant now, Instant until) {
		List<WakeUp> wakeUps = new ArrayList<>();
		LocalDate today = today(now);
		for (Wheel wheel : wheels.all()) {
			for (Occurrence occurrence : wheel.occurrences(today, today(until).plusDays(longestLead(wheel).toDays()))) {
				for (Duration lead : occurrence.event().leadTimes()) {
					Instant at = due(occurrence.date(), lead);
					if (at.isAfter(now) && !at.isAfter(until)) {
						wakeUps.add(new WakeUp(name(wheel, occurrence, lead), at));
					}
				}
				latestDue(wheel, occurrence, now)
					.ifPresent(due -> wakeUps.add(new WakeUp(name(wheel, occurrence, due.lead()), due.at())));
			}
		}
		return wakeUps;
	}

	private Optional<Due> latestDue(Wheel wheel, Occurrence occurrence, Instant now) {
		return occurrence.event()
			.leadTimes()
			.stream()
			.filter(lead -> !due(occurrence.date(), lead).isAfter(now))
			.min(Comparator.naturalOrder())
			.map(lead -> new Due(wheel, occurrence, lead, due(occurrence.date(), lead)));
	}

	private static Duration longestLead(Wheel wheel) {
		return wheel.events()
			.stream()
			.flatMap(event -> event.leadTimes().stream())
			.max(Comparator.naturalOrder())
			.orElse(Duration.ZERO)
			.plusDays(1);
	}

	private static String name(Wheel wheel, Occurrence occurrence, Duration lead) {
		return wheel.name() + "/" + occurrence.event().id() + "/" + occurrence.date() + "/" + lead;
	}

}
