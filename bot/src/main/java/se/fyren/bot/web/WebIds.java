package se.fyren.bot.web;

import java.util.Set;
import java.util.regex.Pattern;

import se.fyren.bot.infra.RefusedRequest;

/**
 * The one check for every identifier the web API takes (room, conversation, thread,
 * message, button): short and plain, as Fyren makes them, so none reaches the core or a
 * database column it does not fit. Checked at the edge, before anything starts.
 */
final class WebIds {

	/** Rooms, threads and messages: the room column holds 64 characters. */
	static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/** A card button's action id, namespaced by its feature: {@code dialogue.next}. */
	static final Pattern ACTION = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

	// The fields that name a room (in a room's address, in a card's request), whose
	// rule a person is told: a room's name is typed by a person.
	private static final Set<String> ROOM_FIELDS = Set.of("room", OpenedRooms.ROOM);

	private WebIds() {
	}

	/** The id itself, or null when none was given; a malformed one is refused. */
	static String optional(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return required(value, field);
	}

	static String required(String value, String field) {
		if (value == null || !ID.matcher(value.strip()).matches()) {
			// A thread's, a question's or a message's id comes from the page: a
			// malformed one asks for a reload.
			throw RefusedRequest.badInput(ROOM_FIELDS.contains(field) ? "rooms.error.room" : "web.error.id",
					"malformed " + field);
		}
		return value.strip();
	}

	static String action(String value) {
		if (value == null || !ACTION.matcher(value).matches()) {
			throw RefusedRequest.badInput("web.error.click", "click without a well-formed actionId");
		}
		return value;
	}

}
