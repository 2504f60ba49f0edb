package se.fyren.bot.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;
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
import tools.jackson.databind.node.ArrayNode;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage.Addressed;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Received;
import se.fyren.bot.chat.WebUser;
import se.fyren.bot.infra.BodyExample;
import se.fyren.bot.infra.RefusedRequest;
import se.fyren.bot.infra.WebApi;

/**
 * Web rooms, where a dialogue chain runs without Slack: the page polls what Fyren posted,
 * and participants write in a thread (an answer), edit or delete what they wrote, through
 * the core as Slack's thread messages do.
 */
@RestController
@RequestMapping("/api/rooms")
@WebApi
class RoomController {

	static final int MAX_TEXT_CHARS = 4000;

	/** Said of a message in a thread no chain in the room listens in. */
	private static final String NO_CHAIN = "rooms.error.noChain";

	/** How a participant addresses Fyren in a room: "@Fyren" first in the message. */
	static final Pattern MENTION = Pattern.compile("^@fyren\\b[\\s,:]*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final Rooms rooms;

	private final RoomKeys keys;

	private final Conversation conversation;

	private final WebPeople people;

	RoomController(Rooms rooms, RoomKeys keys, Conversation conversation, WebPeople people) {
		this.rooms = rooms;
		this.keys = keys;
		this.conversation = conversation;
		this.people = people;
	}

	/**
	 * What the key in the page's link opens: the facilitator's view also gets the
	 * participants' key, for the link to share.
	 */
	record RoomView(String room, boolean facilitator, String participantKey) {
	}

	/**
	 * @param question the id of the question the answer was written under, so an answer
	 * to a question that closed while it was typed is not saved under the next one (may
	 * be null: then it answers the open question)
	 * @param name the name the participant gave when joining the room (may be null)
	 */
	record ThreadMessage(String thread, String question, String text, String name, String locale) {
	}

	record Said(String id) {
	}

	/** A new room, with a random name and its two keys (the page makes the links). */
	@PostMapping
	RoomKeys.NewRoom create() {
		return keys.create();
	}

	@GetMapping("/{room}")
	RoomView view(@PathVariable String room, @RequestParam(required = false) String key) {
		String checked = WebIds.required(room, "room");
		boolean facilitator = keys.role(checked, key) == RoomKeys.Role.FACILITATOR;
		return new RoomView(checked, facilitator, facilitator ? keys.participantKey(checked) : null);
	}

	/**
	 * The room's feed; a participant's view leaves out the buttons that only the one who
	 * leads may press.
	 */
	@GetMapping("/{room}/messages")
	List<JsonNode> messages(@PathVariable String room, @RequestParam(required = false) String key,
			@RequestParam(defaultValue = "0") long after) {
		String checked = WebIds.required(room, "room");
		RoomKeys.Role role = keys.role(checked, key);
		List<JsonNode> feed = rooms.after(checked, after);
		if (role == RoomKeys.Role.PARTICIPANT) {
			feed.forEach(RoomController::withoutSteering);
		}
		return feed;
	}

	/**
	 * The facilitator's live list of the answers so far, or 204 when nothing runs in the
	 * room. Only the facilitator's key opens it: an anonymous chain's answers are shown
	 * there together, and only the one who leads puts them on a shared screen.
	 */
	@GetMapping("/{room}/answers")
	ResponseEntity<WebChatController.ChatResponse> answers(@PathVariable String room,
			@RequestParam(required = false) String key, Locale locale) {
		String checked = WebIds.required(room, "room");
		if (keys.role(checked, key) != RoomKeys.Role.FACILITATOR) {
			throw new UnknownRoomException(checked);
		}
		return conversation.leaderView(new Destination(Channel.WEB, checked, null), locale)
			.map(card -> ResponseEntity.ok(WebChatController.ChatResponse.of(card)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/{room}/messages")
	@BodyExample("web.example.roomMessage")
	Said say(@PathVariable String room, @RequestParam(required = false) String key, @RequestBody ThreadMessage message,
			WebUser user, Locale locale) {
		String id = "wa-" + UUID.randomUUID();
		hear(room, key, id, message, user, Heard.Change.NEW, locale);
		return new Said(id);
	}

	@PutMapping("/{room}/messages/{id}")
	@BodyExample("web.example.roomMessage")
	Said edit(@PathVariable String room, @PathVariable String id, @RequestParam(required = false) String key,
			@RequestBody ThreadMessage message, WebUser user, Locale locale) {
		hear(room, key, WebIds.required(id, "message"), message, user, Heard.Change.EDITED, locale);
		return new Said(id);
	}

	@DeleteMapping("/{room}/messages/{id}")
	Said delete(@PathVariable String room, @PathVariable String id, @RequestParam(required = false) String key,
			@RequestParam String thread, WebUser user, Locale locale) {
		hear(room, key, WebIds.required(id, "message"), new ThreadMessage(thread, null, "", null, null), user,
				Heard.Change.DELETED, locale);
		return new Said(id);
	}

	private static void withoutSteering(JsonNode message) {
		if (message.path("actions") instanceof ArrayNode actions) {
			for (int i = actions.size() - 1; i >= 0; i--) {
				if (actions.get(i).path("steering").asBoolean(false)) {
					actions.remove(i);
				}
			}
		}
	}

	private void hear(String room, String key, String id, ThreadMessage message, WebUser user, Heard.Change change,
			Locale requested) {
		String checkedRoom = WebIds.required(room, "room");
		String text = message.text() == null ? "" : ChatMessage.typed(message.text());
		if (change != Heard.Change.DELETED && text.isEmpty()) {
			throw RefusedRequest.badInput("rooms.error.empty", "empty message in room " + checkedRoom);
		}
		if (message.thread() == null) {
			throw RefusedRequest.badInput(NO_CHAIN, "room message without thread");
		}
		String thread = WebIds.required(message.thread(), "thread");
		String question = WebIds.optional(message.question(), "question");
		keys.role(checkedRoom, key);
		String cut = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
		people.remember(user.id(), message.name());
		Matcher mention = MENTION.matcher(cut);
		Addressed addressed = mention.lookingAt() ? Addressed.MENTION : Addressed.NOT_ADDRESSED;
		Destination where = new Destination(Channel.WEB, checkedRoom, thread);
		Locale locale = WebLanguage.of(message.locale(), requested);
		Received received = conversation
			.receive(new ChatMessage(where, user.id(), id, mention.replaceFirst(""), addressed, change, locale)
				.in(null, true)
				.replying(question));
		if (!received.taken()) {
			throw RefusedRequest.badInput(NO_CHAIN, "no chain listens in thread " + thread);
		}
		// Said so the participant knows the answer was not saved, and why.
		received.refused().ifPresent(refusal -> {
			throw RefusedRequest.badInput(refusal, "answer in thread " + thread + " not saved (" + refusal + ")");
		});
		received.toSay().ifPresent(reply -> rooms.post(where, reply, locale));
	}

}
