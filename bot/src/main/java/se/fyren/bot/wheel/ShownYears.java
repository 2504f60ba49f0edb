package se.fyren.bot.wheel;

import java.time.LocalDate;
import java.time.Month;

/**
 * The years a wheel is shown for: its date rules were written for years near ours, and a
 * picture of the year 99999 is no one's plan.
 */
public final class ShownYears {

	public static final int FIRST = 1900;

	public static final int LAST = 2200;

	/**
	 * From this month on, a wheel asked for no year shows the coming one: the year that
	 * is ending has few dates left, and the budget cycle a strategist plans in December
	 * is the next year's.
	 */
	public static final Month COMING_YEAR_FROM = Month.DECEMBER;

	private ShownYears() {
	}

	/** The year a wheel shows when none is asked for, on the day given. */
	public static int unasked(LocalDate today) {
		return today.getMonth().compareTo(COMING_YEAR_FROM) >= 0 ? today.getYear() + 1 : today.getYear();
	}

	public static boolean contains(int year) {
		return year >= FIRST && year <= LAST;
	}

}
