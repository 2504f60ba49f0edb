package se.fyren.bot.teams;

import se.fyren.bot.teams.protocol.Activity;
import se.fyren.bot.teams.protocol.ConversationReference;
import se.fyren.bot.teams.protocol.ConversationReferences;
import se.fyren.bot.teams.protocol.TeamsConnector;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Outbox;
import se.fyren.bot.chat.PostedMessage;
import se.fyren.bot.chat.Reply;

/**
 * Fyren's messages into Teams: replies to what was said, and posts on its own initiative
 * to a conversation it has heard from before (its stored reference says which connector
 * serves it). A destination's thread is a channel thread's root message id.
 */
final class TeamsOutbox implements Outbox {

	private static final Logger log = LoggerFactory.getLogger(TeamsOutbox.class);

	private final ConversationReferences references;

	private final AdaptiveCards cards;

	private final TeamsConnector connector;

	private final JsonMapper json;

	TeamsOutbox(ConversationReferences references, AdaptiveCards cards, TeamsConnector connector, JsonMapper json) {
		this.references = references;
		this.cards = cards;
		this.connector = connector;
		this.json = json;
	}

	@Override
	public Channel channel() {
		return Channel.TEAMS;
	}

	@Override
	public Optional<PostedMessage> post(Destination destination, Reply reply, Locale locale) {
		return reference(destination).flatMap(reference -> {
			ObjectNode activity = activity(reference.botId(), reference.botName(), reply, locale);
			return connector.send(reference.serviceUrl(), threaded(destination), null, activity);
		}).map(id -> new PostedMessage(destination, id));
	}

	@Override
	public boolean update(PostedMessage message, Reply reply, Locale locale) {
		return reference(message.destination()).map(reference -> {
			ObjectNode activity = activity(reference.botId(), reference.botName(), reply, locale).put("id",
					message.id());
			return connector.update(reference.serviceUrl(), threaded(message.destination()), message.id(), activity);
		}).orElse(false);
	}

	/** Answers an inbound activity in its own conversation and thread. */
	Optional<String> reply(Activity to, Reply reply, Locale locale) {
		ObjectNode activity = activity(to.recipient().id(), to.recipient().name(), reply, locale).put("replyToId",
				to.id());
		return connector.send(to.serviceUrl(), to.conversation().id(), to.id(), activity);
	}

	private Optional<ConversationReference> reference(Destination destination) {
		Optional<ConversationReference> reference = references.find(destination.conversation());
		if (reference.isEmpty()) {
			log.warn("Cannot post to Teams conversation {}: Fyren has not heard from it yet (install the app there)",
					destination.conversation());
		}
		return reference;
	}

	private static String threaded(Destination destination) {
		return destination.thread() == null ? destination.conversation()
				: destination.conversation() + Activity.THREAD_MARK + destination.thread();
	}

	private ObjectNode activity(String botId, String botName, Reply reply, Locale locale) {
		ObjectNode activity = json.createObjectNode().put("type", Activity.MESSAGE);
		activity.putObject("from").put("id", botId).put("name", botName);
		activity.put("summary", AdaptiveCards.summary(reply));
		ObjectNode attachment = activity.withArray("attachments")
			.addObject()
			.put("contentType", AdaptiveCards.CONTENT_TYPE);
		attachment.set("content", cards.render(reply, locale));
		return activity;
	}

}
