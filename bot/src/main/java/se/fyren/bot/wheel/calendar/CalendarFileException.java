package se.fyren.bot.wheel.calendar;

/**
 * A calendar file Fyren cannot use; the message names the file, the line and the field.
 */
class CalendarFileException extends RuntimeException {

	CalendarFileException(String message) {
		super(message);
	}

	CalendarFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
