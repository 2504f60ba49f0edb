package se.fyren.bot.teams.protocol;

/**
 * What Fyren must remember about a Teams conversation to speak there on its own
 * initiative later.
 *
 * @param conversationId the conversation without a thread mark (a channel, a group chat,
 * a personal chat)
 * @param serviceUrl the connector that serves this conversation's tenant
 * @param botId Fyren's id in that conversation ({@code 28:<app id>})
 */
public record ConversationReference(String conversationId, String serviceUrl, String tenantId, String botId,
		String botName, String conversationType) {

	public static ConversationReference of(Activity activity) {
		return new ConversationReference(activity.conversationId(), activity.serviceUrl(),
				activity.conversation().tenantId(), activity.recipient() == null ? null : activity.recipient().id(),
				activity.recipient() == null ? null : activity.recipient().name(),
				activity.conversation().conversationType());
	}

}
