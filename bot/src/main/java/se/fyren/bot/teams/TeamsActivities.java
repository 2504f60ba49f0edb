package se.fyren.bot.teams;

import se.fyren.bot.teams.protocol.Activity;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

import tools.jackson.databind.JsonNode;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage.Addressed;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Reply;

/**
 * The Teams adapter's translation: an activity in, the core asked, the reply out as an
 * Adaptive Card. A message is parsed into a {@link ChatMessage} (personal, @-mention or
 * neither; the mention and the command menu's "fråga" taken out) and the
 * {@link Conversation} decides; a card's submit is a rating or a click. No answer rule
 * lives here.
 */
final class TeamsActivities {

	private static final Logger log = LoggerFactory.getLogger(TeamsActivities.class);

	/**
	 * The command menu's "fråga ..." is a question; the other commands go to the core as
	 * they are.
	 */
	private static final Pattern ASK = Pattern.compile("^(fråga|fraga|ask)(\\s+|$)", Pattern.CASE_INSENSITIVE);

	static final String CARD_BUTTON_CLICKED = "composeExtension/onCardButtonClicked";

	private final Conversation conversation;

	private final TeamsOutbox outbox;

	private final MessageSource messages;

	private final TeamsFiles files;

	TeamsActivities(Conversation conversation, TeamsOutbox outbox, MessageSource messages, TeamsFiles files) {
		this.conversation = conversation;
		this.outbox = outbox;
		this.messages = messages;
		this.files = files;
	}

	void handle(Activity activity) {
		switch (activity.type()) {
			case Activity.MESSAGE -> message(activity);
			case Activity.INVOKE -> invoke(activity);
			case Activity.MESSAGE_UPDATE -> changed(activity, Heard.Change.EDITED);
			case Activity.MESSAGE_DELETE -> changed(activity, Heard.Change.DELETED);
			case Activity.CONVERSATION_UPDATE -> welcome(activity);
			default -> log.debug("Teams {} activity acknowledged", activity.type());
		}
	}

	private void message(Activity activity) {
		if (activity.value() != null && activity.value().has(AdaptiveCards.KIND)) {
			submitted(activity, activity.value());
			return;
		}
		Addressed addressed = activity.personal() ? Addressed.DIRECT
				: activity.mentionsBot() ? Addressed.MENTION : Addressed.NOT_ADDRESSED;
		Locale locale = activity.fyrenLocale();
		if (addressed != Addressed.NOT_ADDRESSED && question(activity).isEmpty()
				&& ASK.matcher(withoutMentions(activity)).find()) {
			outbox.reply(activity, new Reply.TextReply(message("teams.askPrompt", locale)), locale);
			return;
		}
		if (addressed == Addressed.MENTION && activity.sharesFile()) {
			// In a channel or group chat the file lives in SharePoint, out of a bot's
			// reach without Graph: say where files are read instead of answering its
			// text.
			outbox.reply(activity, new Reply.TextReply(message("teams.filesInPersonalChat", locale)), locale);
			return;
		}
		String text = addressed == Addressed.NOT_ADDRESSED ? withoutMentions(activity) : question(activity);
		conversation
			.receive(ChatMessage.said(where(activity), activity.user(), activity.id(), text, addressed, locale)
				.in(activity.workspace(), activity.inChannel())
				.with(files.of(activity)))
			.toSay()
			.ifPresent(reply -> outbox.reply(activity, reply, locale));
	}

	/**
	 * Microsoft's design guidance: a bot introduces itself when it is added. Only when
	 * Fyren itself is among the members added, not for every person who joins a team.
	 */
	private void welcome(Activity activity) {
		if (activity.addsBot()) {
			Locale locale = activity.fyrenLocale();
			outbox.reply(activity, conversation.home(Channel.TEAMS, locale).help(), locale);
		}
	}

	/**
	 * Universal Actions ({@code Action.Execute}) arrive as an invoke with the data
	 * inside; buttons on a card the message extension inserted ({@code Action.Submit}) as
	 * {@code composeExtension/onCardButtonClicked} with the data as the value.
	 */
	private void invoke(Activity activity) {
		if ("adaptiveCard/action".equals(activity.name()) && activity.value() != null) {
			submitted(activity, activity.value().path("action").path("data"));
			return;
		}
		if (CARD_BUTTON_CLICKED.equals(activity.name()) && activity.value() != null) {
			submitted(activity, activity.value());
			return;
		}
		log.debug("Teams invoke {} acknowledged", activity.name());
	}

	/** The text without Fyren's @-mention and without the command menu's "fråga". */
	static String question(Activity activity) {
		return ASK.matcher(withoutMentions(activity)).replaceFirst("").strip();
	}

	private static String withoutMentions(Activity activity) {
		String text = activity.text() == null ? "" : activity.text();
		for (Activity.Entity entity : activity.entities()) {
			if ("mention".equals(entity.type()) && entity.text() != null && entity.mentioned() != null
					&& activity.recipient() != null && activity.recipient().id().equals(entity.mentioned().id())) {
				text = text.replace(entity.text(), " ");
			}
		}
		// Teams writes a non-breaking space after a mention.
		return ChatMessage.typed(text);
	}

	private void submitted(Activity activity, JsonNode data) {
		Locale locale = activity.fyrenLocale();
		String kind = data.path(AdaptiveCards.KIND).asString("");
		Optional<Reply> reply;
		if (AdaptiveCards.RATE.equals(kind)) {
			String rating = data.path("helpful").asBoolean(false) ? Reply.AnswerReply.HELPFUL
					: Reply.AnswerReply.NOT_HELPFUL;
			reply = conversation.click(new Clicked(where(activity), activity.user(), activity.replyToId(), rating,
					data.path("answerId").asString(""), null, locale));
		}
		else if (AdaptiveCards.CARD.equals(kind)) {
			String input = data.path(AdaptiveCards.INPUT).isMissingNode() ? null
					: data.path(AdaptiveCards.INPUT).asString();
			reply = conversation.click(new Clicked(where(activity), activity.user(), activity.replyToId(),
					data.path("id").asString(""), data.path("value").asString(null), input, locale));
		}
		else {
			log.warn("Teams submit of unknown kind '{}' from {}", kind, activity.user());
			reply = Optional.of(new Reply.TextReply(message("teams.unknownSubmit", locale)));
		}
		reply.ifPresent(r -> outbox.reply(activity, r, locale));
	}

	/** An edit or deletion, offered to the features that listen. */
	private void changed(Activity activity, Heard.Change change) {
		if (activity.personal()) {
			return;
		}
		String text = change == Heard.Change.DELETED ? "" : withoutMentions(activity);
		conversation.receive(new ChatMessage(where(activity), activity.user(), activity.id(), text,
				Addressed.NOT_ADDRESSED, change, activity.fyrenLocale()));
	}

	private static Destination where(Activity activity) {
		return new Destination(Channel.TEAMS, activity.conversationId(), activity.thread());
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

}
