package se.fyren.bot.slack;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.fyren.bot.chat.Attachment;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.ChatMessage.Addressed;
import se.fyren.bot.chat.ChatWorkers;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Deliveries;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;

/**
 * Slack's events (mentions, messages, shared files, edits, deletions, the App Home): each
 * is parsed into a {@link ChatMessage} and handed to the {@link Conversation} on a
 * worker, which decides whether Fyren answers. No routing rule lives here.
 */
final class SlackEvents {

	static final String RETRY_HEADER = "X-Slack-Retry-Num";

	private static final Logger log = LoggerFactory.getLogger(SlackEvents.class);

	private static final Pattern LEADING_MENTIONS = Pattern.compile("^(\\s*<@[A-Z0-9]+(\\|[^>]*)?>)+");

	private final Conversation conversation;

	private final ReplyBlocks blocks;

	private final SlackWeb web;

	private final ChatWorkers workers;

	/** Events already taken ("event:" and the event id). */
	private final Deliveries deliveries;

	SlackEvents(Conversation conversation, ReplyBlocks blocks, SlackWeb web, ChatWorkers workers,
			Deliveries deliveries) {
		this.conversation = conversation;
		this.blocks = blocks;
		this.web = web;
		this.workers = workers;
		this.deliveries = deliveries;
	}

	void registerOn(App app) {
		app.use((request, response, chain) -> {
			// A retry is handled like a first delivery: the event id decides whether it
			// was already taken, so an event whose first delivery came while Fyren was
			// down is still answered.
			String retry = request.getHeaders().getFirstValue(RETRY_HEADER);
			if (retry != null) {
				log.info("Slack retry {} ({})", retry, request.getHeaders().getFirstValue("X-Slack-Retry-Reason"));
			}
			return chain.next(request);
		});
		app.event(AppMentionEvent.class, (payload, context) -> {
			AppMentionEvent mention = payload.getEvent();
			String bot = context.getBotUserId();
			mentioned(mention, payload.getTeamId(), bot).ifPresent(message -> afterAck(payload.getEventId(), "mention",
					mention.getChannel(), () -> receive(message.inLocale(web.localeOf(message.user())))));
			return context.ack();
		});
		app.event(MessageEvent.class, (payload, context) -> {
			MessageEvent message = payload.getEvent();
			said(message, payload.getTeamId(), context.getBotUserId()).ifPresent(said -> afterAck(payload.getEventId(),
					"message", message.getChannel(), () -> receive(said.inLocale(web.localeOf(said.user())))));
			return context.ack();
		});
		app.event(MessageFileShareEvent.class, (payload, context) -> {
			MessageFileShareEvent message = payload.getEvent();
			sharedFiles(message, payload.getTeamId(), context.getBotUserId())
				.ifPresent(shared -> afterAck(payload.getEventId(), "file share", message.getChannel(),
						() -> receive(shared.inLocale(web.localeOf(shared.user())))));
			return context.ack();
		});
		app.event(MessageChangedEvent.class, (payload, context) -> {
			MessageChangedEvent changed = payload.getEvent();
			edited(changed, context.getBotUserId()).ifPresent(edit -> afterAck(payload.getEventId(), "edit",
					changed.getChannel(), () -> conversation.receive(edit)));
			return context.ack();
		});
		app.event(MessageDeletedEvent.class, (payload, context) -> {
			MessageDeletedEvent deleted = payload.getEvent();
			deleted(deleted).ifPresent(deletion -> afterAck(payload.getEventId(), "deletion", deleted.getChannel(),
					() -> conversation.receive(deletion)));
			return context.ack();
		});
		app.event(AppHomeOpenedEvent.class, (payload, context) -> {
			AppHomeOpenedEvent opened = payload.getEvent();
			if ("home".equals(opened.getTab())) {
				afterAck(payload.getEventId(), "App Home", opened.getChannel(), () -> publishHome(opened.getUser()));
			}
			return context.ack();
		});
	}

	/**
	 * Handles an event on a worker, once: the acknowledgement does not wait for the
	 * database. Slack retries an event only when its acknowledgement is late or failed,
	 * so the check can follow it. A crash before the acknowledgement now leaves the event
	 * unrecorded, and Slack's retry is answered (recorded first, the retry was refused
	 * and the event lost); a crash after it loses the event as before, answered or not.
	 * Deliveries of one event racing on two workers or instances are taken once, by
	 * whichever records the event id first; when the database cannot say, the event is
	 * taken, since Slack will not send it again. Only events that may concern Fyren come
	 * here: the filters that need neither Slack nor the database ran first, so Fyren's
	 * own posts and channel chatter take no worker and no record. A failure's log line
	 * names the event and its channel, never what was said.
	 */
	private void afterAck(String eventId, String what, String channel, Runnable handling) {
		workers.submit(what + " " + eventId + " in " + channel, () -> {
			if (deliveries.firstTimeOrUnknown(Channel.SLACK, "event:" + eventId)) {
				handling.run();
			}
		});
	}

	/**
	 * The mention as a message for the core, without the sender's locale (asked of Slack
	 * on the worker); empty when another event answers it.
	 */
	private Optional<ChatMessage> mentioned(AppMentionEvent mention, String team, String botUserId) {
		// A mention in a DM also arrives as message.im, which answers it.
		if (isDirect(mention.getChannel())) {
			return Optional.empty();
		}
		Destination where = new Destination(Channel.SLACK, mention.getChannel(), mention.getThreadTs());
		String text = withoutMentions(mention.getText(), botUserId);
		// A mention that asks Fyren to read its files arrives as a file share too, which
		// adds them.
		boolean readsFiles = mention.getFiles() != null
				&& ChatMessage.said(where, mention.getUser(), mention.getTs(), text, Addressed.MENTION, null)
					.with(attachments(mention.getFiles()))
					.asksToRead();
		if (readsFiles) {
			return Optional.empty();
		}
		// Whether a channel is private the mention does not say: taken as private.
		return Optional.of(ChatMessage.said(where, mention.getUser(), mention.getTs(), text, Addressed.MENTION, null)
			.in(team, false));
	}

	/**
	 * A person's message as one for the core; empty for bots' messages (Fyren's own among
	 * them), a channel mention (answered as the app_mention) and what the core could do
	 * nothing with.
	 */
	private Optional<ChatMessage> said(MessageEvent message, String team, String botUserId) {
		if (!isFromPerson(message) || isMentionInChannel(message, botUserId)) {
			return Optional.empty();
		}
		Destination where = new Destination(Channel.SLACK, message.getChannel(), message.getThreadTs());
		Addressed addressed = "im".equals(message.getChannelType()) ? Addressed.DIRECT : Addressed.NOT_ADDRESSED;
		String text = withoutMentions(message.getText(), botUserId);
		// Only a public channel is a shared place; a DM, a group DM and a private channel
		// keep what is added there to themselves. The workspace is the installation's
		// (the event's team), as for files shared there, so a private place has one key
		// however it is reached.
		boolean shared = "channel".equals(message.getChannelType());
		return Optional
			.of(ChatMessage.said(where, message.getUser(), message.getTs(), text, addressed, null).in(team, shared))
			.filter(conversation::mayConcern);
	}

	private Optional<ChatMessage> sharedFiles(MessageFileShareEvent message, String team, String botUserId) {
		if (message.getUser() == null || message.getFiles() == null || message.getFiles().isEmpty()) {
			return Optional.empty();
		}
		Destination where = new Destination(Channel.SLACK, message.getChannel(), message.getThreadTs());
		// Outside a DM the text says whether the files are for Fyren ("läs in"); a
		// mention with anything else is answered as the app_mention.
		Addressed addressed = "im".equals(message.getChannelType()) ? Addressed.DIRECT : Addressed.NOT_ADDRESSED;
		String text = withoutMentions(message.getText(), botUserId);
		boolean shared = "channel".equals(message.getChannelType());
		List<Attachment> files = attachments(message.getFiles());
		return Optional
			.of(ChatMessage.said(where, message.getUser(), message.getTs(), text, addressed, null)
				.in(team, shared)
				.with(files))
			.filter(conversation::mayConcern);
	}

	/**
	 * An edit in a thread, for the listening features, which may take the new text; empty
	 * for bots' edits and edits outside a thread.
	 */
	private Optional<ChatMessage> edited(MessageChangedEvent changed, String botUserId) {
		MessageChangedEvent.Message message = changed.getMessage();
		if (message == null || message.getThreadTs() == null || message.getUser() == null
				|| message.getBotId() != null) {
			return Optional.empty();
		}
		Destination where = new Destination(Channel.SLACK, changed.getChannel(), message.getThreadTs());
		String text = withoutMentions(message.getText(), botUserId);
		return Optional.of(new ChatMessage(where, message.getUser(), message.getTs(), text, Addressed.NOT_ADDRESSED,
				Heard.Change.EDITED, null));
	}

	/**
	 * A deletion in a thread, for the listening features, which may forget what was said;
	 * empty outside a thread.
	 */
	private Optional<ChatMessage> deleted(MessageDeletedEvent deleted) {
		MessageDeletedEvent.Message previous = deleted.getPreviousMessage();
		if (previous == null || previous.getThreadTs() == null) {
			return Optional.empty();
		}
		Destination where = new Destination(Channel.SLACK, deleted.getChannel(), previous.getThreadTs());
		return Optional.of(new ChatMessage(where, previous.getUser(), deleted.getDeletedTs(), "",
				Addressed.NOT_ADDRESSED, Heard.Change.DELETED, null));
	}

	/**
	 * Hands a message to the core and posts its reply in the message's thread, or in a
	 * new thread under a mention outside one.
	 */
	private void receive(ChatMessage message) {
		Destination where = message.where();
		String thread = where.thread() != null || message.addressed() != Addressed.MENTION ? where.thread()
				: message.id();
		conversation.receive(message)
			.toSay()
			.ifPresent(reply -> web.postMessage(where.conversation(), thread,
					blocks.render(reply, message.locale(), false)));
	}

	/**
	 * The files of a message, fetched only when the core hands them to a feature: then
	 * files.info for the private download address, and the download with the bot token.
	 */
	private List<Attachment> attachments(List<com.slack.api.model.File> files) {
		return files.stream().filter(file -> file.getId() != null).map(file -> {
			String name = file.getName() != null ? file.getName()
					: file.getTitle() != null ? file.getTitle() : file.getId();
			long size = file.getSize() == null ? Attachment.UNKNOWN_SIZE : file.getSize();
			return new Attachment(name, size, limit -> {
				com.slack.api.model.File info = web.file(file.getId())
					.orElseThrow(() -> new IOException("Slack's files.info refused file " + file.getId()));
				if (info.getUrlPrivateDownload() == null) {
					throw new IOException("Slack gave no download address for file " + file.getId());
				}
				return web.download(info.getUrlPrivateDownload(), limit, "html".equals(info.getFiletype()));
			});
		}).toList();
	}

	private void publishHome(String user) {
		Locale locale = web.localeOf(user);
		web.publishHome(user, blocks.home(conversation.home(Channel.SLACK, locale), locale));
	}

	private static boolean isFromPerson(MessageEvent message) {
		return message.getBotId() == null && message.getUser() != null && message.getText() != null;
	}

	/**
	 * A mention of Fyren in a channel arrives twice, as a message and as app_mention:
	 * only the app_mention is handled.
	 */
	private static boolean isMentionInChannel(MessageEvent message, String botUserId) {
		return !"im".equals(message.getChannelType()) && botUserId != null
				&& message.getText().contains("<@" + botUserId);
	}

	private static boolean isDirect(String channel) {
		return channel != null && channel.startsWith("D");
	}

	static String withoutMentions(String text, String botUserId) {
		if (text == null) {
			return "";
		}
		String cleaned = botUserId == null ? text
				: text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ");
		return LEADING_MENTIONS.matcher(ChatMessage.typed(cleaned)).replaceFirst("").strip();
	}

}
