package se.fyren.bot.wheel;

/**
 * The years a wheel is shown for: its date rules were written for years near ours, and a
 * picture of the year 99999 is no one's plan.
 */
public final class ShownYears {

	public static final int FIRST = 1900;

	public static final int LAST = 2200;

	private ShownYears() {
	}

	public static boolean contains(int year) {
		return year >= FIRST && year <= LAST;
	}

}
