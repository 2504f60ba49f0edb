package se.fyren.bot.wheel;

import se.fyren.bot.wheel.calendar.SwedishHolidays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A year wheel: one calendar file (with what it extends), its events in an order where
 * every relative rule comes after its base.
 *
 * @param name the file name without extension, as commands and URLs name the calendar
 */
public record Wheel(String name, String title, List<WheelEvent> events) {

	private static final SwedishHolidays HOLIDAYS = new SwedishHolidays();

	public Wheel {
		events = List.copyOf(events);
	}

	public Optional<WheelEvent> event(String id) {
		return events.stream().filter(event -> event.id().equals(id)).findFirst();
	}

	/** Every occurrence dated within the range (inclusive), by date. */
	public List<Occurrence> occurrences(LocalDate from, LocalDate to) {
		List<Occurrence> found = new ArrayList<>();
		// A relative rule may push an occurrence over a year end, so look one wheel-year
		// either side.
		for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
			Map<String, LocalDate> resolved = new HashMap<>();
			for (WheelEvent event : events) {
				int wheelYear = year;
				event.date().dateIn(wheelYear, resolved, HOLIDAYS).ifPresent(date -> {
					resolved.put(event.id(), date);
					if (!date.isBefore(from) && !date.isAfter(to)) {
						found.add(new Occurrence(event, date));
					}
				});
			}
		}
		found.sort(Comparator.comparing(Occurrence::date).thenComparing(occurrence -> occurrence.event().id()));
		return found;
	}

	public Optional<Occurrence> occurrence(String eventId, LocalDate date) {
		return occurrences(date, date).stream()
			.filter(occurrence -> occurrence.event().id().equals(eventId))
			.findFirst();
	}

}
