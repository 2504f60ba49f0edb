package se.fyren.bot.chat;

import java.util.Locale;

/**
 * A click on a {@link Reply.Action}, as any adapter hands it to the core.
 *
 * @param where the conversation and thread of the message that carried the button (thread
 * may be null)
 * @param message the id of that message, when the chat gives it (to update it in place);
 * may be null
 * @param input the text typed when the action asked for one, otherwise null; read with
 * its white space as a message's is (a no-break space typed or pasted is a space, none
 * around it), so a line of only such spaces is blank in every chat
 */
public record Clicked(Destination where, String user, String message, String actionId, String value, String input,
		Locale locale) {

	public Clicked {
		locale = locale == null ? Inbound.SWEDISH : locale;
		input = input == null ? null : ChatMessage.typed(input);
	}

}
