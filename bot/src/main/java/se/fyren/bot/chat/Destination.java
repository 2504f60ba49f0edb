package se.fyren.bot.chat;

/**
 * Where Fyren speaks on its own initiative: a reminder to a channel, the next step of a
 * dialogue chain in its thread.
 *
 * @param conversation the channel's id in that chat (Slack channel id, Teams conversation
 * id, web room)
 * @param thread the thread to reply in, or null for the channel itself
 */
public record Destination(Channel channel, String conversation, String thread) {

	public Destination inThread(String thread) {
		return new Destination(channel, conversation, thread);
	}

}
