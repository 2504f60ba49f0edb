package se.fyren.bot.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage.Addressed;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Received;

/**
 * Web rooms, where a dialogue chain runs without Slack: the page polls what Fyren posted,
 * and participants write in a thread (an answer), edit or delete what they wrote, through
 * the core as Slack's thread messages do.
 */
@RestController
@RequestMapping("/api/rooms/{room}")
class RoomController {

	static final Pattern ROOM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	static final int MAX_TEXT_CHARS = 4000;

	/** How a participant addresses Fyren in a room: "@Fyren" first in the message. */
	static final Pattern MENTION = Pattern.compile("^@fyren\\b[\\s,:]*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final Rooms rooms;

	private final Conversation conversation;

	private final WebPeople people;

	RoomController(Rooms rooms, Conversation conversation, WebPeople people) {
		this.rooms = rooms;
		this.conversation = conversation;
		this.people = people;
	}

	/**
	 * @param user the page's anonymous browser id
	 * @param name the name the participant gave when joining the room (may be null)
	 */
	record ThreadMessage(String thread, String text, String user, String name, String locale) {
	}

	record Said(String id) {
	}

	@GetMapping("/messages")
	List<JsonNode> messages(@PathVariable String room, @RequestParam(defaultValue = "0") long after) {
		return rooms.after(checked(room), after);
	}

	@PostMapping("/messages")
	Said say(@PathVariable String room, @RequestBody ThreadMessage message) {
		String id = "wa-" + UUID.randomUUID();
		hear(room, id, message, Heard.Change.NEW);
		return new Said(id);
	}

	@PutMapping("/messages/{id}")
	Said edit(@PathVariable String room, @PathVariable String id, @RequestBody ThreadMessage message) {
		hear(room, id, message, Heard.Change.EDITED);
		return new Said(id);
	}

	@DeleteMapping("/messages/{id}")
	Said delete(@PathVariable String room, @PathVariable String id, @RequestParam String thread,
			@RequestParam String user) {
		hear(room, id, new ThreadMessage(thread, "", user, null, null), Heard.Change.DELETED);
		return new Said(id);
	}

	private void hear(String room, String id, ThreadMessage message, Heard.Change change) {
		String text = message.text() == null ? "" : message.text().strip();
		if (change != Heard.Change.DELETED && text.isEmpty()) {
			throw new BadInputException("rooms.error.empty", "empty message in room " + room);
		}
		if (message.user() == null || message.user().isBlank() || message.thread() == null) {
			throw new BadInputException("rooms.error.noUser", "room message without user or thread");
		}
		String cut = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
		people.remember(WebChatController.user(message.user()), message.name());
		Matcher mention = MENTION.matcher(cut);
		Addressed addressed = mention.lookingAt() ? Addressed.MENTION : Addressed.NOT_ADDRESSED;
		Destination where = new Destination(Channel.WEB, checked(room), message.thread());
		Locale locale = WebChatController.locale(message.locale());
		Received received = conversation.receive(new ChatMessage(where, WebChatController.user(message.user()), id,
				mention.replaceFirst(""), addressed, change, locale));
		if (!received.taken()) {
			throw new BadInputException("rooms.error.notAnswered", "no chain listens in thread " + message.thread());
		}
		received.toSay().ifPresent(reply -> rooms.post(where, reply, locale));
	}

	private static String checked(String room) {
		if (!ROOM.matcher(room).matches()) {
			throw new BadInputException("rooms.error.room", "bad room name");
		}
		return room;
	}

}
