package se.fyren.bot.chat;

import java.util.Optional;

/**
 * One chat's way of telling who a user is by name (a Slack display name, the name Teams
 * sends with an activity, the name typed in a web room), implemented by each adapter that
 * is switched on. Features ask {@link Names}, which picks the one for the user's chat.
 */
public interface People {

	Channel channel();

	/**
	 * The name people see for this user in the chat, or empty when the chat does not say
	 * (the lookup failed, or the user never gave one).
	 */
	Optional<String> nameOf(String user);

}
