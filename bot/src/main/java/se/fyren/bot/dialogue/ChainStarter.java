package se.fyren.bot.dialogue;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Reply;

/** Starts a chain from a chat command or the prep card's button, and says how it went. */
@Component
class ChainStarter {

	static final int MAX_GROUP_CHARS = 200;

	private static final Logger log = LoggerFactory.getLogger(ChainStarter.class);

	private final ChainTransitions dialogues;

	private final Templates templates;

	private final DialogueProperties properties;

	private final MessageSource messages;

	ChainStarter(ChainTransitions dialogues, Templates templates, DialogueProperties properties,
			MessageSource messages) {
		this.dialogues = dialogues;
		this.templates = templates;
		this.properties = properties;
		this.messages = messages;
	}

	/**
	 * @param templateName null for the default template
	 */
	Reply start(Destination conversation, String facilitator, String templateName, String group, boolean anonymous,
			Locale locale) {
		String name = templateName == null ? properties.defaultTemplate() : templateName;
		Optional<Template> template = templates.find(name);
		if (template.isEmpty()) {
			// Not the name: it may be any text the facilitator typed.
			log.info("Dialogue start with an unknown template by {}", facilitator);
			return text(locale, "dialogue.error.unknownTemplate", name, available(locale));
		}
		String groupName = group == null ? "" : group.strip();
		if (groupName.isEmpty()) {
			return text(locale, "dialogue.error.noGroup");
		}
		if (groupName.length() > MAX_GROUP_CHARS) {
			groupName = groupName.substring(0, MAX_GROUP_CHARS);
		}
		if (conversation == null) {
			return text(locale, "dialogue.error.noConversation");
		}
		if (conversation.conversation() == null) {
			// In the chat's own words: the web chat's private chat is no room.
			return said(conversation, locale, "dialogue.error.noConversation");
		}
		ChainTransitions.Started started = dialogues.start(conversation, template.get(), groupName, facilitator,
				anonymous, locale);
		return switch (started.outcome()) {
			case STARTED -> said(conversation, locale, "dialogue.started", template.get().title(), groupName);
			case ALREADY_RUNNING ->
				said(conversation, locale, "dialogue.error.alreadyRunning", started.chain().group());
			case NOT_POSTED -> said(conversation, locale, "dialogue.error.notPosted");
		};
	}

	String available(Locale locale) {
		return templates.names().isEmpty() ? messages.getMessage("dialogue.templates.none", null, locale)
				: String.join(", ", templates.names());
	}

	private Reply text(Locale locale, String code, Object... args) {
		return new Reply.TextReply(messages.getMessage(code, args, locale));
	}

	/** A text in the chat's own words for its places (channel, thread, room). */
	private Reply said(Destination where, Locale locale, String code, Object... args) {
		return new Reply.TextReply(messages.getMessage(where.channel().text(code, args), locale));
	}

}
