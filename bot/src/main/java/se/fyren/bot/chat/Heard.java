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
 */
public record Heard(Destination where, String user, String message, String text, Change change, Locale locale) {

	public enum Change {

		NEW, EDITED, DELETED

	}

	public Heard {
		text = text == null ? "" : text.strip();
		locale = locale == null ? Inbound.SWEDISH : locale;
	}

}
