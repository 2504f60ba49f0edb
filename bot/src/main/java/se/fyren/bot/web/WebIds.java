package se.fyren.bot.web;

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
			throw RefusedRequest.badInput("rooms.error.room", "malformed " + field);
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
