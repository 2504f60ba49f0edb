package se.fyren.bot.chat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Posts and updates messages in whichever chat a destination is in, through that chat's
 * {@link Outbox}. A destination in a chat that is switched off is logged and skipped,
 * never an exception: a reminder to Slack must not stop the one to Teams.
 */
@Service
public class Messenger {

	private static final Logger log = LoggerFactory.getLogger(Messenger.class);

	private final Map<Channel, Outbox> outboxes = new EnumMap<>(Channel.class);

	public Messenger(List<Outbox> outboxes) {
		outboxes.forEach(outbox -> this.outboxes.put(outbox.channel(), outbox));
	}

	public Optional<PostedMessage> post(Destination destination, Reply reply, Locale locale) {
		Outbox outbox = outboxes.get(destination.channel());
		if (outbox == null) {
			log.warn("Cannot post to {} {}: that chat is not switched on", destination.channel(),
					destination.conversation());
			return Optional.empty();
		}
		return outbox.post(destination, reply, locale);
	}

	/** Posts with an idempotency key where the chat keeps one (see {@link Outbox}). */
	public Optional<PostedMessage> post(Destination destination, Reply reply, Locale locale, String key) {
		Outbox outbox = outboxes.get(destination.channel());
		if (outbox == null) {
			log.warn("Cannot post to {} {}: that chat is not switched on", destination.channel(),
					destination.conversation());
			return Optional.empty();
		}
		return outbox.post(destination, reply, locale, key);
	}

	/** Whether a post with this key since {@code since} is already in the chat. */
	public Outbox.Earlier earlier(Destination destination, String key, Instant since) {
		Outbox outbox = outboxes.get(destination.channel());
		return outbox == null ? Outbox.Earlier.UNKNOWN : outbox.earlier(destination, key, since);
	}

	/**
	 * Whether Fyren can post in the conversation later (a reminder): false when the chat
	 * is off or says Fyren is not a member there.
	 */
	public boolean canPostTo(Channel channel, String conversation) {
		Outbox outbox = outboxes.get(channel);
		return outbox != null && outbox.canPostTo(conversation);
	}

	public boolean update(PostedMessage message, Reply reply, Locale locale) {
		Outbox outbox = outboxes.get(message.destination().channel());
		return outbox != null && outbox.update(message, reply, locale);
	}

}
