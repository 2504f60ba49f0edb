package se.fyren.bot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A web room's secrets, as the exports have theirs: a room is made with a random name and
 * two random keys, the participants' (in the link the facilitator shares) and the
 * facilitator's own. Everything a room holds is read and written with one of them; a
 * wrong or missing key finds no room at all.
 */
@Component
class RoomKeys {

	/** 128 random bits each: the room's name and both keys. */
	static final int BYTES = 16;

	/** Who opened the room, by the key in their link. */
	enum Role {

		PARTICIPANT, FACILITATOR

	}

	/** A room just made, with both its keys. */
	record NewRoom(String room, String key, String facilitatorKey) {
	}

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	RoomKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	NewRoom create() {
		NewRoom made = new NewRoom(secret(), secret(), secret());
		jdbc.sql("""
				insert into web_room (room, participant_key, facilitator_key, created_at)
				values (:room, :key, :facilitatorKey, :now)""")
			.param("room", made.room())
			.param("key", made.key())
			.param("facilitatorKey", made.facilitatorKey())
			.param("now", Instant.now(clock).atOffset(ZoneOffset.UTC))
			.update();
		return made;
	}

	/**
	 * What the key opens the room as; an unknown room and a wrong key are the same to the
	 * caller, so neither tells whether a room exists.
	 */
	Role role(String room, String key) {
		if (room == null || key == null || key.isEmpty()) {
			throw new UnknownRoomException(room);
		}
		record Keys(String participant, String facilitator) {
		}
		Keys keys = jdbc.sql("select participant_key, facilitator_key from web_room where room = :room")
			.param("room", room)
			.query((rs, row) -> new Keys(rs.getString(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> new UnknownRoomException(room));
		if (same(keys.facilitator(), key)) {
			return Role.FACILITATOR;
		}
		if (same(keys.participant(), key)) {
			return Role.PARTICIPANT;
		}
		throw new UnknownRoomException(room);
	}

	/** The participants' key, for the facilitator's share link. */
	String participantKey(String room) {
		return jdbc.sql("select participant_key from web_room where room = :room")
			.param("room", room)
			.query(String.class)
			.single();
	}

	/** Rooms made before the cut-off, whose feed is gone too. */
	void forgetBefore(Instant cutOff) {
		jdbc.sql("delete from web_room where created_at < :cutOff")
			.param("cutOff", cutOff.atOffset(ZoneOffset.UTC))
			.update();
	}

	private static boolean same(String stored, String given) {
		return MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

	private String secret() {
		byte[] bytes = new byte[BYTES];
		random.nextBytes(bytes);
		return BASE64.encodeToString(bytes);
	}

}
