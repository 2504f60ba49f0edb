package se.fyren.bot.radar;

import java.time.Instant;
import java.util.Optional;

import se.fyren.bot.wheel.Audience;

/**
 * An issue a team follows through the three streams.
 *
 * @param place where it is followed: a chat conversation ({@code slack:C123}), or one
 * person's own web chat ({@code person:web:…}), which Fyren cannot post to on its own
 * @param name the short name the team types ({@code barnfattigdom}), lower case
 * @param calendar the year wheel whose decision points the issue aims at
 * @param createdBy who started following it (a chat's user id; null when the chat gives
 * none)
 * @param exportKey the secret in the issue's export and picture links
 */
public record FollowedIssue(String id, String place, String name, String description, String calendar, String createdBy,
		Instant createdAt, String exportKey) {

	static final String PERSONAL = "person:";

	/** The conversation Fyren posts window notices to, empty for a personal place. */
	Optional<Audience> audience() {
		return place.startsWith(PERSONAL) ? Optional.empty() : Audience.parse(place);
	}

}
