package se.fyren.bot.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Outbox;
import se.fyren.bot.chat.People;
import se.fyren.bot.chat.PostedMessage;
import se.fyren.bot.chat.Reply;

/**
 * Slack's outbox as the domain tests see it: every post and update kept, in order, with a
 * unique id.
 */
final class RecordingOutbox implements Outbox {

	record Posted(Destination where, String id, Reply reply) {
	}

	private final List<Posted> posts = new ArrayList<>();

	private final List<Posted> updates = new ArrayList<>();

	private final Set<String> broken = new HashSet<>();

	private Set<String> watched = Set.of();

	private Consumer<String> beforeUpdate;

	@Override
	public Channel channel() {
		return Channel.SLACK;
	}

	@Override
	public synchronized Optional<PostedMessage> post(Destination destination, Reply reply, Locale locale) {
		if (destination.conversation().startsWith("refuses")) {
			return Optional.empty();
		}
		if (destination.conversation().startsWith("crashes")) {
			throw new IllegalStateException("Fyren crashed while posting in " + destination.conversation());
		}
		String id = "m-" + UUID.randomUUID();
		posts.add(new Posted(destination, id, reply));
		return Optional.of(new PostedMessage(destination, id));
	}

	@Override
	public synchronized boolean update(PostedMessage message, Reply reply, Locale locale) {
		String conversation = message.destination().conversation();
		if (beforeUpdate != null && watched.contains(conversation)) {
			Consumer<String> action = beforeUpdate;
			beforeUpdate = null;
			action.accept(conversation);
		}
		if (broken.contains(conversation)) {
			throw new IllegalStateException("Fyren crashed while updating " + message.id());
		}
		updates.add(new Posted(message.destination(), message.id(), reply));
		return true;
	}

	/** From now on every update in the conversation fails as a crash would. */
	synchronized void breakUpdatesIn(String conversation) {
		broken.add(conversation);
	}

	/** Updates in the conversation work again, as after a restart. */
	synchronized void mendUpdatesIn(String conversation) {
		broken.remove(conversation);
	}

	/**
	 * Runs the action once, before the first update of a message in one of the
	 * conversations, with that conversation: what happens elsewhere while Slack is slow
	 * to answer.
	 */
	synchronized void beforeFirstUpdateIn(Set<String> conversations, Consumer<String> action) {
		watched = Set.copyOf(conversations);
		beforeUpdate = action;
	}

	/** The cards posted in a conversation (start message and thread), in order. */
	synchronized List<Reply.Card> cards(String conversation) {
		return posts.stream()
			.filter(post -> post.where().conversation().equals(conversation))
			.map(post -> (Reply.Card) post.reply())
			.toList();
	}

	synchronized List<Posted> posts(String conversation) {
		return posts.stream().filter(post -> post.where().conversation().equals(conversation)).toList();
	}

	/** The latest content of a posted message. */
	synchronized Reply.Card current(String id) {
		Reply latest = null;
		for (Posted post : posts) {
			if (post.id().equals(id)) {
				latest = post.reply();
			}
		}
		for (Posted update : updates) {
			if (update.id().equals(id)) {
				latest = update.reply();
			}
		}
		return (Reply.Card) Objects.requireNonNull(latest, "no message " + id);
	}

	synchronized long updatesOf(String id) {
		return updates.stream().filter(update -> update.id().equals(id)).count();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		RecordingOutbox recordingOutbox() {
			return new RecordingOutbox();
		}

		/** Slack's names as the domain tests see them: only UDORA has one. */
		@Bean
		People recordingPeople() {
			return new People() {

				@Override
				public Channel channel() {
					return Channel.SLACK;
				}

				@Override
				public Optional<String> nameOf(String user) {
					return "UDORA".equals(user) ? Optional.of("Dora Dahl") : Optional.empty();
				}

			};
		}

	}

}
