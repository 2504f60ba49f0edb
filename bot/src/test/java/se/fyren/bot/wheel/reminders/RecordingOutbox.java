package se.fyren.bot.wheel.reminders;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Outbox;
import se.fyren.bot.chat.PostedMessage;
import se.fyren.bot.chat.Reply;

/**
 * A Slack outbox that keeps what would have been posted; {@link #refusing} makes it
 * refuse like a chat that is down.
 */
public final class RecordingOutbox implements Outbox {

	record Posted(Destination destination, Reply reply) {
	}

	private final List<Posted> posted = new CopyOnWriteArrayList<>();

	private final AtomicInteger ids = new AtomicInteger();

	private volatile boolean refusing;

	private volatile Consumer<Posted> beforePosting = post -> {
	};

	@Override
	public Channel channel() {
		return Channel.SLACK;
	}

	@Override
	public Optional<PostedMessage> post(Destination destination, Reply reply, Locale locale) {
		beforePosting.accept(new Posted(destination, reply));
		if (refusing) {
			return Optional.empty();
		}
		posted.add(new Posted(destination, reply));
		return Optional.of(new PostedMessage(destination, String.valueOf(ids.incrementAndGet())));
	}

	@Override
	public boolean update(PostedMessage message, Reply reply, Locale locale) {
		return true;
	}

	void refuse(boolean refusing) {
		this.refusing = refusing;
	}

	/** Runs before each post, to look at what is on record at that moment. */
	void beforePosting(Consumer<Posted> action) {
		this.beforePosting = action;
	}

	/** The cards posted to a conversation whose title starts with the event's title. */
	public List<Reply.Card> cards(String conversation, String titleStart) {
		return posted.stream()
			.filter(p -> p.destination().conversation().equals(conversation))
			.map(Posted::reply)
			.filter(Reply.Card.class::isInstance)
			.map(Reply.Card.class::cast)
			.filter(card -> card.title().startsWith(titleStart))
			.toList();
	}

	List<Posted> all() {
		return List.copyOf(posted);
	}

}
