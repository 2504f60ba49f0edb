package se.fyren.bot.wheel;

import java.util.List;
import java.util.Locale;

/**
 * The seam where a feature adds to the reminder of a year-wheel event what it knows about
 * that event for the place the reminder goes to (the window radar: the issues followed
 * there whose window is open or nearly open for a decision point). The wheel asks; the
 * feature answers, so the wheel never depends on it.
 */
public interface ReminderNotes {

	/**
	 * Paragraphs for the reminder of this occurrence of the calendar's event, sent to the
	 * audience, in the reminder's language; empty when the feature has nothing to add.
	 */
	List<String> notes(String calendar, Occurrence occurrence, Audience audience, Locale locale);

}
