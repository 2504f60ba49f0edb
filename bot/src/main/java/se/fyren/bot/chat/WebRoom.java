package se.fyren.bot.chat;

/**
 * The web room a request to the web chat's API is made in, its key already checked by the
 * web adapter (from the request's {@code conversation} and {@code key} parameters); a
 * wrong key is refused before the handler runs.
 *
 * @param id the room, or null for the private web chat outside any room
 */
public record WebRoom(String id) {

	/** Whoever has the address reads the web chat and its rooms: shared. */
	public Place place() {
		return new Place(Channel.WEB, null, id, true);
	}

}
