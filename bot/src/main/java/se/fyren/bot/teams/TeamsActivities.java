package se.fyren.bot.teams;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

import tools.jackson.databind.JsonNode;

import se.fyren.bot.chat.AnswerLog;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;

/**
 * The Teams adapter's translation: an activity in, the core asked, the reply out as an
 * Adaptive Card. A personal message, or an @-mention no listening feature takes, is asked
 * of the {@link Conversation}; a card's submit is a rating or a click; other messages in
 * a channel or group chat, and their edits and deletions, are offered to the features
 * that listen. No answer rule lives here.
 */
final class TeamsActivities {

	private static final Logger log = LoggerFactory.getLogger(TeamsActivities.class);

	/**
	 * The command menu's "fråga ..." is a question; the other commands go to the core as
	 * they are.
	 */
	private static final Pattern ASK = Pattern.compile("^(fråga|fraga|ask)(\\s+|$)", Pattern.CASE_INSENSITIVE);

	private final Conversation conversation;

	private final AnswerLog answers;

	private final TeamsOutbox outbox;

	private final MessageSource messages;

	TeamsActivities(Conversation conversation, AnswerLog answers, TeamsOutbox outbox, MessageSource messages) {
		this.conversation = conversation;
		this.answers = answers;
		this.outbox = outbox;
		this.messages = messages;
	}

	void handle(Activity activity) {
		switch (activity.type()) {
			case Activity.MESSAGE -> message(activity);
			case Activity.INVOKE -> invoke(activity);
			case Activity.MESSAGE_UPDATE -> overheard(activity, Heard.Change.EDITED);
			case Activity.MESSAGE_DELETE -> overheard(activity, Heard.Change.DELETED);
			default -> log.debug("Teams {} activity acknowledged", activity.type());
		}
	}

	private void message(Activity activity) {
		if (activity.value() != null && activity.value().has(AdaptiveCards.KIND)) {
			submitted(activity, activity.value());
			return;
		}
		if (activity.personal()) {
			ask(activity);
			return;
		}
		if (!activity.mentionsBot()) {
			overheard(activity, Heard.Change.NEW);
			return;
		}
		// "@Fyren vi behöver X" in a thread a feature follows is said to that feature, as
		// in Slack; only what no feature takes is a command or a question.
		if (activity.thread() != null && overheard(activity, Heard.Change.NEW)) {
			return;
		}
		ask(activity);
	}

	/**
	 * Universal Actions ({@code Action.Execute}) arrive as an invoke with the data
	 * inside.
	 */
	private void invoke(Activity activity) {
		if ("adaptiveCard/action".equals(activity.name()) && activity.value() != null) {
			submitted(activity, activity.value().path("action").path("data"));
			return;
		}
		log.debug("Teams invoke {} acknowledged", activity.name());
	}

	private void ask(Activity activity) {
		Locale locale = activity.fyrenLocale();
		String text = question(activity);
		Reply reply = text.isEmpty() && ASK.matcher(withoutMentions(activity)).find()
				? new Reply.TextReply(message("teams.askPrompt", locale)) : conversation
					.handle(new Inbound(Channel.TEAMS, activity.user(), activity.conversationId(), text, locale));
		outbox.reply(activity, reply, locale);
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
		return text.replace('\u00a0', ' ').strip();
	}

	private void submitted(Activity activity, JsonNode data) {
		Locale locale = activity.fyrenLocale();
		String kind = data.path(AdaptiveCards.KIND).asString("");
		Optional<Reply> reply;
		if (AdaptiveCards.RATE.equals(kind)) {
			boolean known = answers.rate(data.path("answerId").asString(""), activity.user(),
					data.path("helpful").asBoolean(false));
			if (!known) {
				log.info("Rating of unknown answer {} from Teams user {}", data.path("answerId").asString(""),
						activity.user());
			}
			reply = Optional.of(new Reply.TextReply(message(known ? "teams.thanks" : "teams.unknownAnswer", locale)));
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

	/** Whether a feature took the message. */
	private boolean overheard(Activity activity, Heard.Change change) {
		if (activity.personal()) {
			return false;
		}
		String text = change == Heard.Change.DELETED ? "" : withoutMentions(activity);
		return conversation
			.hear(new Heard(where(activity), activity.user(), activity.id(), text, change, activity.fyrenLocale()));
	}

	private static Destination where(Activity activity) {
		return new Destination(Channel.TEAMS, activity.conversationId(), activity.thread());
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

}
