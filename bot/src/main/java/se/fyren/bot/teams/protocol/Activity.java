package se.fyren.bot.teams.protocol;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;

import se.fyren.bot.chat.Inbound;

/**
 * The fields of a Bot Framework Activity that Fyren reads; Teams sends many more, which
 * are ignored.
 *
 * @param type {@code message}, {@code invoke}, {@code messageUpdate},
 * {@code messageDelete}, {@code conversationUpdate}, ...
 * @param value what an {@code Action.Submit} or an invoke carries
 * @param name the invoke's name ({@code adaptiveCard/action},
 * {@code composeExtension/query})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Activity(String type, String id, String timestamp, String serviceUrl, String channelId, Account from,
		ConversationAccount conversation, Account recipient, String text, String locale, String replyToId,
		List<Entity> entities, JsonNode value, String name, ChannelData channelData, List<Account> membersAdded,
		List<Attachment> attachments) {

	public static final String MESSAGE = "message";

	public static final String INVOKE = "invoke";

	public static final String MESSAGE_UPDATE = "messageUpdate";

	public static final String MESSAGE_DELETE = "messageDelete";

	public static final String CONVERSATION_UPDATE = "conversationUpdate";

	/** A file a person attached in a personal chat, with its download address. */
	public static final String FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";

	/** A file in SharePoint or OneDrive, linked from a message. */
	static final String REFERENCE = "reference";

	/**
	 * Marks the thread of a channel conversation:
	 * {@code 19:...@thread.tacv2;messageid=1700000000000}.
	 */
	public static final String THREAD_MARK = ";messageid=";

	public Activity {
		entities = entities == null ? List.of() : List.copyOf(entities);
		membersAdded = membersAdded == null ? List.of() : List.copyOf(membersAdded);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/**
	 * Something attached to a message: a card, a picture, or a file
	 * ({@link #FILE_DOWNLOAD_INFO}, whose content holds {@code downloadUrl}, a
	 * short-lived address that needs no token).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Attachment(String contentType, String contentUrl, String name, JsonNode content) {

		public boolean file() {
			return FILE_DOWNLOAD_INFO.equals(contentType) && content != null && content.hasNonNull("downloadUrl");
		}

		/**
		 * A file in any form Teams shows one: its download info (a personal chat), a
		 * SharePoint reference, or the message's HTML naming an attached file (a channel
		 * or group chat, where the bot gets no download).
		 */
		boolean anyFile() {
			return file() || FILE_DOWNLOAD_INFO.equals(contentType) || REFERENCE.equals(contentType)
					|| "text/html".equals(contentType) && content != null && content.isString()
							&& content.asString().contains("<attachment ");
		}

		public String downloadUrl() {
			return content.get("downloadUrl").asString();
		}

	}

	/** The files attached to the message. */
	public List<Attachment> files() {
		return attachments.stream().filter(Attachment::file).toList();
	}

	/** Whether a file came with the message, downloadable by Fyren or not. */
	public boolean sharesFile() {
		return attachments.stream().anyMatch(Attachment::anyFile);
	}

	/**
	 * Fyren itself was just added (the app installed in a chat, a team or for a person):
	 * the moment it introduces itself.
	 */
	public boolean addsBot() {
		return CONVERSATION_UPDATE.equals(type) && recipient != null
				&& membersAdded.stream().anyMatch(member -> recipient.id().equals(member.id()));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Account(String id, String name, String aadObjectId) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ConversationAccount(String id, String conversationType, String tenantId, Boolean isGroup) {
	}

	/** Teams' own fields: the tenant, and the team of a channel conversation. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ChannelData(Tenant tenant, Team team) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Team(String id) {
	}

	/**
	 * Whether it was said in a team's channel, the one shared place in Teams (a personal
	 * or group chat is private).
	 */
	public boolean inChannel() {
		return conversation != null && "channel".equals(conversation.conversationType());
	}

	/** The team of a channel, otherwise the tenant; null when Teams names neither. */
	public String workspace() {
		if (channelData != null && channelData.team() != null && channelData.team().id() != null) {
			return channelData.team().id();
		}
		return tenant().orElse(null);
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Tenant(String id) {
	}

	/**
	 * The Entra tenant the activity comes from; Teams names it in the channel data and in
	 * the conversation, and when it names two they must agree.
	 */
	public Optional<String> tenant() {
		String fromChannelData = channelData == null || channelData.tenant() == null ? null : channelData.tenant().id();
		String fromConversation = conversation == null ? null : conversation.tenantId();
		if (fromChannelData != null && fromConversation != null
				&& !fromChannelData.equalsIgnoreCase(fromConversation)) {
			return Optional.empty();
		}
		return Optional.ofNullable(fromChannelData != null ? fromChannelData : fromConversation);
	}

	/**
	 * A mention ({@code type: mention}) or the client's info; only mentions matter here.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Entity(String type, Account mentioned, String text) {
	}

	/**
	 * The conversation without its thread: where a reference is stored and proactive
	 * posts go.
	 */
	public String conversationId() {
		String id = conversation.id();
		int mark = id.indexOf(THREAD_MARK);
		return mark < 0 ? id : id.substring(0, mark);
	}

	/**
	 * The root message of the channel thread this was said in, or null outside a channel
	 * thread.
	 */
	public String thread() {
		String id = conversation.id();
		int mark = id.indexOf(THREAD_MARK);
		return mark < 0 ? null : id.substring(mark + THREAD_MARK.length());
	}

	public boolean personal() {
		return "personal".equals(conversation.conversationType());
	}

	public boolean mentionsBot() {
		return recipient != null && entities.stream()
			.anyMatch(entity -> "mention".equals(entity.type()) && entity.mentioned() != null
					&& recipient.id().equals(entity.mentioned().id()));
	}

	public String user() {
		return from == null ? null : from.id();
	}

	/** English when the Teams client is in English, Swedish otherwise. */
	public Locale fyrenLocale() {
		return locale != null && Locale.forLanguageTag(locale).getLanguage().equals("en") ? Locale.ENGLISH
				: Inbound.SWEDISH;
	}

	/**
	 * What identifies this delivery, so a redelivered activity is recognised: its id in
	 * its conversation, by type (an edit and a deletion carry the edited message's id),
	 * and for an edit also its time, as one message can be edited many times.
	 */
	public String deliveryKey() {
		String key = "activity:" + conversation.id() + "/" + id + "/" + type;
		return MESSAGE_UPDATE.equals(type) ? key + "/" + timestamp : key;
	}

	/**
	 * Whether the fields every reply needs are there; anything else is not a usable
	 * activity.
	 */
	public boolean complete() {
		return type != null && serviceUrl != null && conversation != null && conversation.id() != null;
	}

}
