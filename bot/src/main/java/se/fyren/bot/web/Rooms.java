package se.fyren.bot.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Outbox;
import se.fyren.bot.chat.PostedMessage;
import se.fyren.bot.chat.Reply;

/**
 * The web chat's outbox: what Fyren posts on its own initiative goes to a room
 * ({@code /?room=<id>}), whose pages poll for it. Only the feed is kept here, in memory
 * and bounded; what matters (a dialogue chain and its answers) is in the database, and a
 * restart starts the feeds afresh.
 */
@Component
class Rooms implements Outbox {

	static final int MAX_ROOMS = 1000;

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
	record RoomMessage(long seq, String id, String thread, String type, @JsonUnwrapped Reply reply) {
	}

	private final AtomicLong sequence = new AtomicLong();

	/** Least recently used rooms go first when there are too many. */
	private final Map<String, List<RoomMessage>> rooms = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, List<RoomMessage>> eldest) {
			return size() > MAX_ROOMS;
		}

	};

	@Override
	public Channel channel() {
		return Channel.WEB;
	}

	@Override
	public Optional<PostedMessage> post(Destination destination, Reply reply, Locale locale) {
		if (destination.conversation() == null) {
			return Optional.empty();
		}
		long seq = sequence.incrementAndGet();
		String id = "w" + seq;
		add(destination.conversation(), new RoomMessage(seq, id, destination.thread(), type(reply), reply));
		return Optional.of(new PostedMessage(destination, id));
	}

	@Override
	public boolean update(PostedMessage message, Reply reply, Locale locale) {
		String room = message.destination().conversation();
		synchronized (rooms) {
			List<RoomMessage> feed = rooms.get(room);
			if (feed == null || !feed.removeIf(posted -> posted.id().equals(message.id()))) {
				return false;
			}
			feed.add(new RoomMessage(sequence.incrementAndGet(), message.id(), message.destination().thread(),
					type(reply), reply));
			return true;
		}
	}

	/** What was posted or updated in a room after the given sequence number, in order. */
	List<RoomMessage> after(String room, long seq) {
		synchronized (rooms) {
			List<RoomMessage> feed = rooms.get(room);
			return feed == null ? List.of() : feed.stream().filter(message -> message.seq() > seq).toList();
		}
	}

	private void add(String room, RoomMessage message) {
		synchronized (rooms) {
			List<RoomMessage> feed = rooms.computeIfAbsent(room, name -> new ArrayList<>());
			feed.add(message);
			if (feed.size() > MAX_MESSAGES_PER_ROOM) {
				feed.remove(0);
			}
		}
	}

	private static String type(Reply reply) {
		return WebChatController.ChatResponse.of(reply).type();
	}

}
