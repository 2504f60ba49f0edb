package se.fyren.bot.wheel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Swedish public holidays (lagen om allmänna helgdagar, 1989:253) and the eves that are
 * days off in practice (midsommarafton, julafton, nyårsafton), for rules that say
 * "working day". No holiday library is on the class path, and Easter is the only hard
 * part.
 */
public final class SwedishHolidays {

	private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1),
			MonthDay.of(6, 6), MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31));

	boolean isHoliday(LocalDate date) {
		if (FIXED.contains(MonthDay.from(date))) {
			return true;
		}
		LocalDate easter = easterSunday(date.getYear());
		for (int offset : new int[] { -2, 0, 1, 39, 49 }) {
			if (date.equals(easter.plusDays(offset))) {
				return true;
			}
		}
		// Midsommardagen is the Saturday 20-26 June, alla helgons dag the Saturday 31
		// Oct-6 Nov.
		LocalDate midsummerDay = LocalDate.of(date.getYear(), Month.JUNE, 20)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		LocalDate allSaints = LocalDate.of(date.getYear(), Month.OCTOBER, 31)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		return date.equals(midsummerDay) || date.equals(midsummerDay.minusDays(1)) || date.equals(allSaints);
	}

	boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
	}

	/**
	 * The working day itself, or the nearest one in the given direction (+1 later, -1
	 * earlier).
	 */
	LocalDate workingDay(LocalDate date, int direction) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.plusDays(direction);
		}
		return day;
	}

	/** Moves a number of working days; negative moves back. */
	LocalDate plusWorkingDays(LocalDate date, int days) {
		int step = days < 0 ? -1 : 1;
		LocalDate day = date;
		for (int left = Math.abs(days); left > 0;) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

}
