package se.fyren.bot.wheel;

import java.util.Locale;
import java.util.Optional;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Destination;

/**
 * A chat conversation that gets reminders, written {@code slack:C123} or
 * {@code teams:<conversation id>}.
 */
public record Audience(Channel channel, String conversation) {

	public static Optional<Audience> parse(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0 || colon == text.length() - 1) {
			return Optional.empty();
		}
		String chat = text.substring(0, colon).toUpperCase(Locale.ROOT);
		if (!chat.equals("SLACK") && !chat.equals("TEAMS") && !chat.equals("WEB")) {
			return Optional.empty();
		}
		return Optional.of(new Audience(Channel.valueOf(chat), text.substring(colon + 1)));
	}

	public Destination destination() {
		return new Destination(channel, conversation, null);
	}

	@Override
	public String toString() {
		return channel.name().toLowerCase(Locale.ROOT) + ":" + conversation;
	}

}
