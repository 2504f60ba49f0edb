package se.fyren.bot.teams;

import se.fyren.bot.teams.protocol.Activity;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Reply;

/**
 * The message extension's "fråga" search in the compose box: Teams waits for the result
 * in the HTTP answer, so it is answered at once, as one card the user can insert into the
 * conversation.
 */
final class ComposeExtension {

	static final String QUERY = "composeExtension/query";

	private final Conversation conversation;

	private final AdaptiveCards cards;

	private final JsonMapper json;

	ComposeExtension(Conversation conversation, AdaptiveCards cards, JsonMapper json) {
		this.conversation = conversation;
		this.cards = cards;
		this.json = json;
	}

	ObjectNode query(Activity activity) {
		Locale locale = activity.fyrenLocale();
		ObjectNode response = json.createObjectNode();
		ObjectNode result = response.putObject("composeExtension")
			.put("type", "result")
			.put("attachmentLayout", "list");
		var attachments = result.putArray("attachments");
		String question = question(activity.value());
		if (question.isEmpty()) {
			// Teams' first call, before anything is typed: nothing to show yet.
			return response;
		}
		Destination where = new Destination(Channel.TEAMS, activity.conversationId(), null);
		Reply reply = conversation
			.receive(ChatMessage.said(where, activity.user(), null, question, ChatMessage.Addressed.DIRECT, locale)
				.in(activity.workspace(), activity.inChannel()))
			.toSay()
			.orElseThrow();
		ObjectNode attachment = attachments.addObject().put("contentType", AdaptiveCards.CONTENT_TYPE);
		attachment.set("content", cards.render(reply, locale));
		ObjectNode preview = attachment.putObject("preview")
			.put("contentType", "application/vnd.microsoft.card.thumbnail");
		preview.putObject("content")
			.put("title", AdaptiveCards.cut(question, 80))
			.put("text", AdaptiveCards.summary(reply));
		return response;
	}

	private static String question(JsonNode value) {
		if (value == null) {
			return "";
		}
		for (JsonNode parameter : value.path("parameters")) {
			if (!"initialRun".equals(parameter.path("name").asString(""))) {
				return ChatMessage.typed(parameter.path("value").asString(""));
			}
		}
		return "";
	}

}
