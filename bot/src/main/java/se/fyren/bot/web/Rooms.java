package se.fyren.bot.web;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Outbox;
import se.fyren.bot.chat.PostedMessage;
import se.fyren.bot.chat.Reply;

/**
 * The web chat's outbox: what Fyren posts on its own initiative goes to a room
 * ({@code /?room=<id>}), whose pages poll for it. The feed is in the database, so a page
 * opened after a restart still shows the running chain, and its sequence only grows.
 * Bounded per room, and deleted after {@code fyren.web.room-feed-kept}.
 */
@Component
@EnableConfigurationProperties(WebProperties.class)
class Rooms implements Outbox {

	static final int MAX_MESSAGES_PER_ROOM = 500;

	/**
	 * A message in a room as the page gets it; an update comes again with the same id and
	 * a higher sequence.
	 *
	 * @param seq the room feed's order: the page asks for what came after the last one it
	 * saw
	 * @param thread the message it belongs under (a dialogue chain's start message), or
	 * null
	 */
	record RoomMessage(long seq, String id, String thread, @JsonUnwrapped WebChatController.ChatResponse reply) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final WebProperties properties;

	private final RoomKeys keys;

	Rooms(JdbcClient jdbc, JsonMapper json, Clock clock, WebProperties properties, RoomKeys keys) {
		this.keys = keys;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.WEB;
	}

	@Override
	public Optional<PostedMessage> post(Destination destination, Reply reply, Locale locale) {
		String room = destination.conversation();
		if (room == null) {
			return Optional.empty();
		}
		String id = "w" + UUID.randomUUID().toString().replace("-", "");
		jdbc.sql("""
				insert into web_room_message (room, message_id, thread, body, posted_at)
				values (:room, :id, :thread, :body, :now)""")
			.param("room", room)
			.param("id", id)
			.param("thread", destination.thread())
			.param("body", body(id, destination.thread(), reply))
			.param("now", now())
			.update();
		forgetOld(room);
		return Optional.of(new PostedMessage(destination, id));
	}

	/**
	 * A new version of a posted message, after which the older ones go; false when the
	 * room has no such message. Two updates racing both land, the later one shown last.
	 */
	@Override
	public boolean update(PostedMessage message, Reply reply, Locale locale) {
		String room = message.destination().conversation();
		int added = jdbc.sql("""
				insert into web_room_message (room, message_id, thread, body, posted_at)
				select distinct room, message_id, thread, :body, :now from web_room_message
				where room = :room and message_id = :id""")
			.param("body", body(message.id(), message.destination().thread(), reply))
			.param("now", now())
			.param("room", room)
			.param("id", message.id())
			.update();
		if (added == 0) {
			return false;
		}
		jdbc.sql("""
				delete from web_room_message where room = :room and message_id = :id
				and seq < (select max(seq) from web_room_message where room = :room and message_id = :id)""")
			.param("room", room)
			.param("id", message.id())
			.update();
		return true;
	}

	/** What was posted or updated in a room after the given sequence number, in order. */
	List<JsonNode> after(String room, long seq) {
		return jdbc.sql("""
				select seq, body from web_room_message where room = :room and seq > :after
				order by seq""").param("room", room).param("after", seq).query((rs, row) -> {
			ObjectNode message = (ObjectNode) json.readTree(rs.getString("body"));
			return (JsonNode) message.put("seq", rs.getLong("seq"));
		}).list();
	}

	private String body(String id, String thread, Reply reply) {
		return json.writeValueAsString(new RoomMessage(0, id, thread, WebChatController.ChatResponse.of(reply)));
	}

	/** Keeps a room's newest messages, and no message past its time. */
	private void forgetOld(String room) {
		jdbc.sql("""
				delete from web_room_message where room = :room and seq < (select min(seq) from
				    (select seq from web_room_message where room = :room order by seq desc limit :keep) newest)""")
			.param("room", room)
			.param("keep", MAX_MESSAGES_PER_ROOM)
			.update();
		Instant cutOff = Instant.now(clock).minus(properties.roomFeedKept());
		jdbc.sql("delete from web_room_message where posted_at < :cutOff")
			.param("cutOff", cutOff.atOffset(ZoneOffset.UTC))
			.update();
		keys.forgetBefore(cutOff);
	}

	private OffsetDateTime now() {
		return Instant.now(clock).atOffset(ZoneOffset.UTC);
	}

}
