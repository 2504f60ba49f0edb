package se.fyren.bot.wheel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.fortuna.ical4j.model.Recur;

/**
 * When an event falls in a given year of the wheel. A year has at most one occurrence of
 * an event; a relative rule takes the year of its base event, so "1 January after the
 * election" belongs to the election's year.
 */
public sealed interface DateRule {

	/**
	 * The date in that year, if the event occurs then.
	 * @param resolved the dates already worked out for this year, by event id (bases of
	 * relative rules)
	 */
	Optional<LocalDate> dateIn(int year, Map<String, LocalDate> resolved, SwedishHolidays holidays);

	/** The event ids this rule needs resolved first. */
	default List<String> dependsOn() {
		return List.of();
	}

	/** Once, on a given date. */
	record Fixed(LocalDate date) implements DateRule {

		@Override
		public Optional<LocalDate> dateIn(int year, Map<String, LocalDate> resolved, SwedishHolidays holidays) {
			return date.getYear() == year ? Optional.of(date) : Optional.empty();
		}

	}

	/**
	 * Every year on a month and day; 29 February falls on 28 February in common years.
	 */
	record Yearly(MonthDay day) implements DateRule {

		@Override
		public Optional<LocalDate> dateIn(int year, Map<String, LocalDate> resolved, SwedishHolidays holidays) {
			return Optional.of(day.atYear(year));
		}

	}

	/**
	 * The n-th (1-5) or, with n = -1, the last given weekday of a month, as an iCalendar
	 * recurrence ({@code FREQ=YEARLY;BYMONTH=9;BYDAY=2SU}).
	 */
	record NthWeekday(int n, DayOfWeek weekday, Month month) implements DateRule {

		@Override
		public Optional<LocalDate> dateIn(int year, Map<String, LocalDate> resolved, SwedishHolidays holidays) {
			Recur<LocalDate> recur = new Recur<>(
					"FREQ=YEARLY;BYMONTH=" + month.getValue() + ";BYDAY=" + n + weekday.name().substring(0, 2));
			LocalDate start = LocalDate.of(year, 1, 1);
			return recur.getDates(start, start, start.plusYears(1)).stream().findFirst();
		}

	}

	/**
	 * A number of days, weeks or working days before (negative) or after another event.
	 */
	record Relative(String base, int amount, ChronoUnit unit, boolean workingDays) implements DateRule {

		@Override
		public Optional<LocalDate> dateIn(int year, Map<String, LocalDate> resolved, SwedishHolidays holidays) {
			return Optional.ofNullable(resolved.get(base))
				.map(date -> workingDays ? holidays.plusWorkingDays(date, amount) : date.plus(amount, unit));
		}

		@Override
		public List<String> dependsOn() {
			return List.of(base);
		}

	}

	/**
	 * Only in election years (every {@code every} years from {@code from}), or the given
	 * number of years after one: the general election, the new fullmäktige, the new
	 * kommunstyrelse on 1 January after. With {@code except}, in every other year instead
	 * (the budget bill that comes later in an election year).
	 */
	record ElectionCycle(int from, int every, int yearsAfter, boolean except, DateRule inYear) implements DateRule {

		@Override
		public Optional<LocalDate> dateIn(int year, Map<String, LocalDate> resolved, SwedishHolidays holidays) {
			int electionYear = year - yearsAfter;
			boolean inCycle = electionYear >= from && (electionYear - from) % every == 0;
			if (inCycle == except) {
				return Optional.empty();
			}
			return inYear.dateIn(year, resolved, holidays);
		}

		@Override
		public List<String> dependsOn() {
			return inYear.dependsOn();
		}

	}

	/**
	 * Moves a date that is not a working day to the nearest one before (-1) or after
	 * (+1).
	 */
	record OnWorkingDay(DateRule rule, int direction) implements DateRule {

		@Override
		public Optional<LocalDate> dateIn(int year, Map<String, LocalDate> resolved, SwedishHolidays holidays) {
			return rule.dateIn(year, resolved, holidays).map(date -> holidays.workingDay(date, direction));
		}

		@Override
		public List<String> dependsOn() {
			return rule.dependsOn();
		}

	}

}
