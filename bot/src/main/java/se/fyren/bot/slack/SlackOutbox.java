package se.fyren.bot.slack;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Outbox;
import se.fyren.bot.chat.PostedMessage;
import se.fyren.bot.chat.Reply;

/**
 * Posts and updates Fyren's own messages in Slack: a message's id is its ts in the
 * channel.
 */
final class SlackOutbox implements Outbox {

	private final SlackWeb web;

	private final ReplyBlocks blocks;

	SlackOutbox(SlackWeb web, ReplyBlocks blocks) {
		this.web = web;
		this.blocks = blocks;
	}

	@Override
	public Channel channel() {
		return Channel.SLACK;
	}

	@Override
	public Optional<PostedMessage> post(Destination destination, Reply reply, Locale locale) {
		return web.postMessage(destination.conversation(), destination.thread(), blocks.render(reply, locale, false))
			.map(ts -> new PostedMessage(destination, ts));
	}

	/** The key travels in the message's metadata, which Slack keeps with the message. */
	@Override
	public Optional<PostedMessage> post(Destination destination, Reply reply, Locale locale, String key) {
		return web
			.postMessage(destination.conversation(), destination.thread(), blocks.render(reply, locale, false), key)
			.map(ts -> new PostedMessage(destination, ts));
	}

	@Override
	public Earlier earlier(Destination destination, String key, Instant since) {
		return web.postedWithKey(destination.conversation(), key, since)
			.map(found -> found ? Earlier.POSTED : Earlier.NOT_POSTED)
			.orElse(Earlier.UNKNOWN);
	}

	@Override
	public boolean canPostTo(String conversation) {
		return web.isMember(conversation);
	}

	@Override
	public boolean update(PostedMessage message, Reply reply, Locale locale) {
		return web.updateMessage(message.destination().conversation(), message.id(),
				blocks.render(reply, locale, false));
	}

}
