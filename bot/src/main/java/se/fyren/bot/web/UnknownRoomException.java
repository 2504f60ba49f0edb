package se.fyren.bot.web;

/**
 * A room asked for with a key that does not open it (or none): answered as if no such
 * room existed.
 */
class UnknownRoomException extends RuntimeException {

	UnknownRoomException(String room) {
		super("no room '" + room + "' with the key given");
	}

}
