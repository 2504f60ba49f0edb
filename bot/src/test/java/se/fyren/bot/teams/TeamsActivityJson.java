package se.fyren.bot.teams;

import java.time.Instant;

/**
 * Activities in the shapes Teams sends them (after Microsoft's "Receive and send
 * messages", "Channel and group chat conversations" and "Adaptive Card actions" pages):
 * the fields Teams fills, not just those Fyren reads.
 */
final class TeamsActivityJson {

	static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

	static final String BOT = "28:" + FakeMicrosoft.APP_ID;

	private final String serviceUrl;

	TeamsActivityJson(String serviceUrl) {
		this.serviceUrl = serviceUrl;
	}

	/** A message in a one-to-one chat with Fyren. */
	String personal(String id, String user, String conversation, String text, String locale) {
		return """
				{
				  "text": %s,
				  "textFormat": "plain",
				  "type": "message",
				  "timestamp": "%s",
				  "localTimestamp": "%s",
				  "id": "%s",
				  "channelId": "msteams",
				  "serviceUrl": "%s",
				  "from": {"id": "%s", "name": "Megan Bowen", "aadObjectId": "00000000-0000-0000-0000-000000000001"},
				  "conversation": {"conversationType": "personal", "tenantId": "%s", "id": "%s"},
				  "recipient": {"id": "%s", "name": "Fyren"},
				  "entities": [{"locale": "%s", "country": "SE", "platform": "Web", "timezone": "Europe/Stockholm", "type": "clientInfo"}],
				  "channelData": {"tenant": {"id": "%s"}},
				  "locale": "%s"
				}"""
			.formatted(quote(text), Instant.now(), Instant.now(), id, serviceUrl, user, TENANT, conversation, BOT,
					locale, TENANT, locale);
	}

	/**
	 * A file attached in a one-to-one chat with Fyren, as Teams sends it to a bot that
	 * supports files: an attachment with the file's download info, and no text.
	 */
	String personalFile(String id, String user, String conversation, String fileName, String downloadUrl) {
		String personal = personal(id, user, conversation, "", "sv-SE");
		String attachment = """
				  "attachments": [{
				    "contentType": "application/vnd.microsoft.teams.file.download.info",
				    "contentUrl": "https://contoso.sharepoint.com/personal/megan/Documents/Microsoft%%20Teams-chattfiler/%s",
				    "name": %s,
				    "content": {"downloadUrl": %s, "uniqueId": "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
				                "fileType": "txt", "etag": "123"}
				  }],
				"""
			.formatted(fileName, quote(fileName), quote(downloadUrl));
		return personal.replaceFirst("\\{", "{\n" + java.util.regex.Matcher.quoteReplacement(attachment));
	}

	/**
	 * A message in a channel thread that @-mentions Fyren ({@code thread} is the thread's
	 * root message id).
	 */
	String channelMention(String id, String user, String channel, String thread, String question) {
		return channelMessage(id, user, channel, thread, "<at>Fyren</at> " + question, """
				[{"type": "mention", "mentioned": {"id": "%s", "name": "Fyren"}, "text": "<at>Fyren</at>"},
				 {"locale": "sv-SE", "country": "SE", "platform": "Web", "type": "clientInfo"}]""".formatted(BOT),
				"message");
	}

	/**
	 * A message in a channel thread that does not mention Fyren (the bot hears it through
	 * its RSC permission).
	 */
	String channelReply(String id, String user, String channel, String thread, String text) {
		return channelMessage(id, user, channel, thread, text,
				"[{\"locale\": \"sv-SE\", \"country\": \"SE\", \"platform\": \"Web\", \"type\": \"clientInfo\"}]",
				"message");
	}

	/** An edit ({@code messageUpdate}, event editMessage) of a channel message. */
	String channelEdit(String id, String user, String channel, String thread, String text) {
		return channelMessage(id, user, channel, thread, text, "[]", "messageUpdate").replace("\"teamsChannelId\"",
				"\"eventType\": \"editMessage\", \"teamsChannelId\"");
	}

	/**
	 * A deletion ({@code messageDelete}, event softDeleteMessage) of a channel message.
	 */
	String channelDelete(String id, String user, String channel, String thread) {
		return channelMessage(id, user, channel, thread, "", "[]", "messageDelete").replace("\"teamsChannelId\"",
				"\"eventType\": \"softDeleteMessage\", \"teamsChannelId\"");
	}

	private String channelMessage(String id, String user, String channel, String thread, String text, String entities,
			String type) {
		return """
				{
				  "text": %s,
				  "textFormat": "plain",
				  "attachments": [{"contentType": "text/html", "content": "<div>%s</div>"}],
				  "type": "%s",
				  "timestamp": "%s",
				  "id": "%s",
				  "channelId": "msteams",
				  "serviceUrl": "%s",
				  "from": {"id": "%s", "name": "Sara Strateg", "aadObjectId": "00000000-0000-0000-0000-000000000002"},
				  "conversation": {"isGroup": true, "conversationType": "channel", "tenantId": "%s",
				                   "id": "%s;messageid=%s"},
				  "recipient": {"id": "%s", "name": "Fyren"},
				  "entities": %s,
				  "channelData": {"teamsChannelId": "%s", "teamsTeamId": "19:team@thread.tacv2",
				                  "channel": {"id": "%s"}, "team": {"id": "19:team@thread.tacv2"},
				                  "tenant": {"id": "%s"}},
				  "locale": "sv-SE"
				}""".formatted(quote(text), "", type, Instant.now(), id, serviceUrl, user, TENANT, channel, thread, BOT,
				entities, channel, channel, TENANT);
	}

	/**
	 * What Teams sends when an {@code Action.Submit} on Fyren's card is pressed: a
	 * message with no text, the action's data as {@code value}, replying to the card.
	 */
	String submit(String id, String user, String conversation, String cardId, String valueJson) {
		return """
				{
				  "type": "message",
				  "timestamp": "%s",
				  "id": "%s",
				  "channelId": "msteams",
				  "serviceUrl": "%s",
				  "from": {"id": "%s", "name": "Megan Bowen", "aadObjectId": "00000000-0000-0000-0000-000000000001"},
				  "conversation": {"conversationType": "personal", "tenantId": "%s", "id": "%s"},
				  "recipient": {"id": "%s", "name": "Fyren"},
				  "replyToId": "%s",
				  "value": %s,
				  "channelData": {"source": {"name": "message"}, "legacy": {"replyToId": "%s"}, "tenant": {"id": "%s"}},
				  "locale": "sv-SE"
				}""".formatted(Instant.now(), id, serviceUrl, user, TENANT, conversation, BOT, cardId, valueJson,
				cardId, TENANT);
	}

	/**
	 * An {@code Action.Submit} pressed on Fyren's card in a channel thread: the card's
	 * thread in the conversation id, the card's id as {@code replyToId}.
	 */
	String channelSubmit(String id, String user, String channel, String thread, String cardId, String valueJson) {
		return """
				{
				  "type": "message",
				  "timestamp": "%s",
				  "id": "%s",
				  "channelId": "msteams",
				  "serviceUrl": "%s",
				  "from": {"id": "%s", "name": "Sara Strateg", "aadObjectId": "00000000-0000-0000-0000-000000000002"},
				  "conversation": {"isGroup": true, "conversationType": "channel", "tenantId": "%s",
				                   "id": "%s;messageid=%s"},
				  "recipient": {"id": "%s", "name": "Fyren"},
				  "replyToId": "%s",
				  "value": %s,
				  "channelData": {"teamsChannelId": "%s", "teamsTeamId": "19:team@thread.tacv2",
				                  "channel": {"id": "%s"}, "team": {"id": "19:team@thread.tacv2"},
				                  "tenant": {"id": "%s"}, "source": {"name": "message"},
				                  "legacy": {"replyToId": "%s"}},
				  "locale": "sv-SE"
				}""".formatted(Instant.now(), id, serviceUrl, user, TENANT, channel, thread, BOT, cardId, valueJson,
				channel, channel, TENANT, cardId);
	}

	/**
	 * A Universal Action ({@code Action.Execute}): an invoke named
	 * {@code adaptiveCard/action}.
	 */
	String invokeAction(String id, String user, String conversation, String cardId, String dataJson) {
		return """
				{
				  "type": "invoke",
				  "name": "adaptiveCard/action",
				  "timestamp": "%s",
				  "id": "%s",
				  "channelId": "msteams",
				  "serviceUrl": "%s",
				  "from": {"id": "%s", "name": "Megan Bowen", "aadObjectId": "00000000-0000-0000-0000-000000000001"},
				  "conversation": {"conversationType": "personal", "tenantId": "%s", "id": "%s"},
				  "recipient": {"id": "%s", "name": "Fyren"},
				  "replyToId": "%s",
				  "value": {"action": {"type": "Action.Execute", "verb": "rate", "data": %s},
				            "trigger": "manual"},
				  "channelData": {"tenant": {"id": "%s"}},
				  "locale": "sv-SE"
				}""".formatted(Instant.now(), id, serviceUrl, user, TENANT, conversation, BOT, cardId, dataJson,
				TENANT);
	}

	/**
	 * A button on a card the message extension inserted in a chat:
	 * {@code composeExtension/onCardButtonClicked}, the {@code Action.Submit} data as the
	 * value.
	 */
	String cardButtonClicked(String id, String user, String conversation, String dataJson) {
		return """
				{
				  "type": "invoke",
				  "name": "composeExtension/onCardButtonClicked",
				  "timestamp": "%s",
				  "id": "%s",
				  "channelId": "msteams",
				  "serviceUrl": "%s",
				  "from": {"id": "%s", "name": "Megan Bowen", "aadObjectId": "00000000-0000-0000-0000-000000000001"},
				  "conversation": {"conversationType": "groupChat", "isGroup": true, "tenantId": "%s", "id": "%s"},
				  "recipient": {"id": "%s", "name": "Fyren"},
				  "value": %s,
				  "channelData": {"tenant": {"id": "%s"}},
				  "locale": "sv-SE"
				}""".formatted(Instant.now(), id, serviceUrl, user, TENANT, conversation, BOT, dataJson, TENANT);
	}

	/**
	 * Members added to a conversation: {@code conversationUpdate}, as Teams sends it when
	 * the app is installed (Fyren among the members) or a person joins.
	 */
	String membersAdded(String id, String conversation, String conversationType, String... members) {
		String added = java.util.Arrays.stream(members)
			.map(member -> "{\"id\": \"" + member + "\"}")
			.collect(java.util.stream.Collectors.joining(", "));
		return """
				{
				  "type": "conversationUpdate",
				  "timestamp": "%s",
				  "id": "%s",
				  "channelId": "msteams",
				  "serviceUrl": "%s",
				  "from": {"id": "29:installer", "aadObjectId": "00000000-0000-0000-0000-000000000001"},
				  "conversation": {"conversationType": "%s", "tenantId": "%s", "id": "%s"},
				  "recipient": {"id": "%s", "name": "Fyren"},
				  "membersAdded": [%s],
				  "channelData": {"tenant": {"id": "%s"}},
				  "locale": "sv-SE"
				}""".formatted(Instant.now(), id, serviceUrl, conversationType, TENANT, conversation, BOT, added,
				TENANT);
	}

	/** The message extension's search box: {@code composeExtension/query}. */
	String query(String id, String user, String conversation, String question) {
		return """
				{
				  "type": "invoke",
				  "name": "composeExtension/query",
				  "timestamp": "%s",
				  "id": "%s",
				  "channelId": "msteams",
				  "serviceUrl": "%s",
				  "from": {"id": "%s", "name": "Megan Bowen", "aadObjectId": "00000000-0000-0000-0000-000000000001"},
				  "conversation": {"conversationType": "personal", "tenantId": "%s", "id": "%s"},
				  "recipient": {"id": "%s", "name": "Fyren"},
				  "value": {"commandId": "fraga", "parameters": [{"name": "question", "value": %s}],
				            "queryOptions": {"skip": 0, "count": 25}},
				  "channelData": {"tenant": {"id": "%s"}, "source": {"name": "compose"}},
				  "locale": "sv-SE"
				}""".formatted(Instant.now(), id, serviceUrl, user, TENANT, conversation, BOT, quote(question), TENANT);
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
