package se.fyren.bot.chat;

import java.util.Locale;

/**
 * A message Fyren overheard in a conversation without being asked (a reply in a dialogue
 * chain's thread), or the edit or deletion of one. Features that listen get it before it
 * could be taken as a question.
 *
 * @param where the conversation and thread it was said in
 * @param message the chat's id of the message, stable across edits
 * @param text the text; empty for a deletion
 * @param inReplyTo the id of the message in the thread this one answers, where the chat
 * says (a web room's answer form under a question); null where it does not, as in a Slack
 * or Teams thread
 */
public record Heard(Destination where, String user, String message, String text, Change change, Locale locale,
		String inReplyTo) {

	public enum Change {

		NEW, EDITED, DELETED

	}

	public Heard {
		text = text == null ? "" : text.strip();
		locale = locale == null ? Inbound.SWEDISH : locale;
	}

	public Heard(Destination where, String user, String message, String text, Change change, Locale locale) {
		this(where, user, message, text, change, locale, null);
	}

}
