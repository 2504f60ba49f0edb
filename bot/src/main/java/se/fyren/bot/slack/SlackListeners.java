package se.fyren.bot.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
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
import se.fyren.bot.chat.ChatMessage.Addressed;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.ChatWorkers;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Deliveries;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Reply;

/**
 * The Slack adapter: every listener acknowledges at once and hands the work to
 * {@link ChatWorkers}, which asks the {@link Conversation} and posts the rendered reply.
 * No answer rule lives here.
 */
final class SlackListeners {

	static final String COMMAND = "/fyren";

	static final String RETRY_HEADER = "X-Slack-Retry-Num";

	private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);

	private static final Pattern LEADING_MENTIONS = Pattern.compile("^(\\s*<@[A-Z0-9]+(\\|[^>]*)?>)+");

	private final Conversation conversation;

	private final ReplyBlocks blocks;

	private final SlackWeb web;

	private final ChatWorkers workers;

	/** Events and commands already taken ("event:", "command:"). */
	private final Deliveries deliveries;

	SlackListeners(Conversation conversation, ReplyBlocks blocks, SlackWeb web, ChatWorkers workers,
			Deliveries deliveries) {
		this.conversation = conversation;
		this.blocks = blocks;
		this.web = web;
		this.workers = workers;
		this.deliveries = deliveries;
	}

	App register(App app) {
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
		app.command(COMMAND, (request, context) -> {
			SlashCommandPayload command = request.getPayload();
			if (deliveries.firstTime(Channel.SLACK, "command:" + command.getTriggerId())) {
				workers.submit("/fyren from " + command.getUserId(), () -> answerCommand(command));
			}
			return context.ack();
		});
		app.event(AppMentionEvent.class, (payload, context) -> {
			AppMentionEvent mention = payload.getEvent();
			// A mention in a DM also arrives as message.im, which answers it.
			Destination where = new Destination(Channel.SLACK, mention.getChannel(), mention.getThreadTs());
			String text = withoutMentions(mention.getText(), context.getBotUserId());
			// A mention that asks Fyren to read its files arrives as a file share too,
			// which adds them.
			boolean readsFiles = mention.getFiles() != null
					&& ChatMessage.said(where, mention.getUser(), mention.getTs(), text, Addressed.MENTION, null)
						.with(attachments(mention.getFiles()))
						.asksToRead();
			if (deliveries.firstTime(Channel.SLACK, "event:" + payload.getEventId()) && !isDirect(mention.getChannel())
					&& !readsFiles) {
				// Whether a channel is private the mention does not say: taken as
				// private.
				workers.submit("mention in " + mention.getChannel(),
						() -> receive(ChatMessage
							.said(where, mention.getUser(), mention.getTs(), text, Addressed.MENTION,
									web.localeOf(mention.getUser()))
							.in(payload.getTeamId(), false)));
			}
			return context.ack();
		});
		app.event(MessageEvent.class, (payload, context) -> {
			MessageEvent message = payload.getEvent();
			if (deliveries.firstTime(Channel.SLACK, "event:" + payload.getEventId()) && isFromPerson(message)
					&& !isMentionInChannel(message, context.getBotUserId())) {
				Destination where = new Destination(Channel.SLACK, message.getChannel(), message.getThreadTs());
				Addressed addressed = "im".equals(message.getChannelType()) ? Addressed.DIRECT
						: Addressed.NOT_ADDRESSED;
				String text = withoutMentions(message.getText(), context.getBotUserId());
				// Only a public channel is a shared place; a DM, a group DM and a private
				// channel keep what is added there to themselves. The workspace is the
				// installation's (the event's team), as for files shared there, so a
				// private place has one key however it is reached.
				boolean shared = "channel".equals(message.getChannelType());
				workers.submit("message in " + message.getChannel(),
						() -> receive(ChatMessage
							.said(where, message.getUser(), message.getTs(), text, addressed,
									web.localeOf(message.getUser()))
							.in(payload.getTeamId(), shared)));
			}
			return context.ack();
		});
		app.event(MessageFileShareEvent.class, (payload, context) -> {
			MessageFileShareEvent message = payload.getEvent();
			if (deliveries.firstTime(Channel.SLACK, "event:" + payload.getEventId()) && message.getUser() != null
					&& message.getFiles() != null && !message.getFiles().isEmpty()) {
				Destination where = new Destination(Channel.SLACK, message.getChannel(), message.getThreadTs());
				// Outside a DM the text says whether the files are for Fyren ("läs in");
				// a
				// mention with anything else is answered as the app_mention.
				Addressed addressed = "im".equals(message.getChannelType()) ? Addressed.DIRECT
						: Addressed.NOT_ADDRESSED;
				String text = withoutMentions(message.getText(), context.getBotUserId());
				boolean shared = "channel".equals(message.getChannelType());
				List<Attachment> files = attachments(message.getFiles());
				workers.submit("files in " + message.getChannel(), () -> receive(ChatMessage
					.said(where, message.getUser(), message.getTs(), text, addressed, web.localeOf(message.getUser()))
					.in(payload.getTeamId(), shared)
					.with(files)));
			}
			return context.ack();
		});
		app.event(MessageChangedEvent.class, (payload, context) -> {
			MessageChangedEvent changed = payload.getEvent();
			MessageChangedEvent.Message message = changed.getMessage();
			if (deliveries.firstTime(Channel.SLACK, "event:" + payload.getEventId()) && message != null
					&& message.getThreadTs() != null && message.getUser() != null && message.getBotId() == null) {
				Destination where = new Destination(Channel.SLACK, changed.getChannel(), message.getThreadTs());
				String text = withoutMentions(message.getText(), context.getBotUserId());
				workers.submit("edit in " + changed.getChannel(), () -> conversation.receive(new ChatMessage(where,
						message.getUser(), message.getTs(), text, Addressed.NOT_ADDRESSED, Heard.Change.EDITED, null)));
			}
			return context.ack();
		});
		app.event(MessageDeletedEvent.class, (payload, context) -> {
			MessageDeletedEvent deleted = payload.getEvent();
			MessageDeletedEvent.Message previous = deleted.getPreviousMessage();
			if (deliveries.firstTime(Channel.SLACK, "event:" + payload.getEventId()) && previous != null
					&& previous.getThreadTs() != null) {
				Destination where = new Destination(Channel.SLACK, deleted.getChannel(), previous.getThreadTs());
				workers.submit("deletion in " + deleted.getChannel(),
						() -> conversation.receive(new ChatMessage(where, previous.getUser(), deleted.getDeletedTs(),
								"", Addressed.NOT_ADDRESSED, Heard.Change.DELETED, null)));
			}
			return context.ack();
		});
		app.event(AppHomeOpenedEvent.class, (payload, context) -> {
			AppHomeOpenedEvent opened = payload.getEvent();
			if (deliveries.firstTime(Channel.SLACK, "event:" + payload.getEventId())
					&& "home".equals(opened.getTab())) {
				workers.submit("App Home for " + opened.getUser(), () -> publishHome(opened.getUser()));
			}
			return context.ack();
		});
		app.blockAction(ReplyBlocks.SHOW_PASSAGE, (request, context) -> {
			BlockActionPayload action = request.getPayload();
			String value = firstValue(action);
			workers.submit("passage for " + action.getUser().getId(),
					() -> web.respond(action.getResponseUrl(), ephemeral(blocks.passage(value))));
			return context.ack();
		});
		app.blockAction(ReplyBlocks.HELPFUL, (request, context) -> {
			rate(request.getPayload(), Reply.AnswerReply.HELPFUL);
			return context.ack();
		});
		app.blockAction(ReplyBlocks.NOT_HELPFUL, (request, context) -> {
			rate(request.getPayload(), Reply.AnswerReply.NOT_HELPFUL);
			return context.ack();
		});
		app.blockAction(ReplyBlocks.SHARE, (request, context) -> {
			BlockActionPayload action = request.getPayload();
			String channel = action.getChannel() == null ? null : action.getChannel().getId();
			workers.submit("share by " + action.getUser().getId(),
					() -> share(action.getUser().getId(), channel, firstValue(action), action.getResponseUrl()));
			return context.ack();
		});
		app.blockAction(Pattern.compile("^" + Pattern.quote(ReplyBlocks.CARD_ACTION) + ".+"), (request, context) -> {
			BlockActionPayload action = request.getPayload();
			CardClick click = CardClick.of(action, ReplyBlocks.CARD_ACTION);
			workers.submit("card action " + click.actionId() + " by " + action.getUser().getId(),
					() -> cardClicked(click, action.getUser().getId(), null, action.getResponseUrl()));
			return context.ack();
		});
		app.blockAction(Pattern.compile("^" + Pattern.quote(ReplyBlocks.CARD_INPUT) + ".+"), (request, context) -> {
			BlockActionPayload action = request.getPayload();
			CardClick click = CardClick.of(action, ReplyBlocks.CARD_INPUT);
			String label = action.getActions().get(0).getText() == null ? ""
					: action.getActions().get(0).getText().getText();
			// The trigger id expires three seconds after the click: open the modal now,
			// not on a worker.
			web.openView(action.getTriggerId(),
					blocks.inputModal(label, click.toJson(), web.localeOf(action.getUser().getId())));
			return context.ack();
		});
		app.viewSubmission(ReplyBlocks.INPUT_VIEW, (request, context) -> {
			var view = request.getPayload().getView();
			String user = request.getPayload().getUser().getId();
			var state = view.getState().getValues().get(ReplyBlocks.INPUT_BLOCK);
			String input = state == null || state.get(ReplyBlocks.INPUT_BLOCK) == null ? null
					: state.get(ReplyBlocks.INPUT_BLOCK).getValue();
			if (input == null || input.isBlank()) {
				return context.ackWithErrors(
						Map.of(ReplyBlocks.INPUT_BLOCK, blocks.text("slack.modal.empty", web.localeOf(user)).text()));
			}
			// A submission carries no event id; its view id and body identify it, so a
			// replayed copy (same signature, within the timestamp's skew) is taken once.
			if (!deliveries.firstTime(Channel.SLACK,
					"view:" + view.getId() + ":" + sha256(request.getRequestBodyAsString()))) {
				log.info("Slack view submission {} by {} delivered again; handled once", view.getId(), user);
				return context.ack();
			}
			CardClick click = CardClick.fromJson(view.getPrivateMetadata());
			workers.submit("card input " + click.actionId() + " by " + user,
					() -> cardClicked(click, user, input.strip(), null));
			return context.ack();
		});
		return app;
	}

	/**
	 * A click on a card's button, handed to the core. The core's reply goes back to the
	 * clicker only: by the response_url when Slack gave one, otherwise (a modal's
	 * submission) as an ephemeral message.
	 */
	private void cardClicked(CardClick click, String user, String input, String responseUrl) {
		Locale locale = web.localeOf(user);
		Destination where = new Destination(Channel.SLACK, click.channel(), click.thread());
		conversation.click(new Clicked(where, user, click.message(), click.actionId(), click.value(), input, locale))
			.ifPresent(reply -> {
				Rendered rendered = blocks.render(reply, locale, false);
				if (responseUrl != null) {
					web.respond(responseUrl, ephemeral(rendered));
				}
				else {
					web.postEphemeral(click.channel(), click.thread(), user, rendered);
				}
			});
	}

	private void answerCommand(SlashCommandPayload command) {
		Locale locale = web.localeOf(command.getUserId());
		Destination where = new Destination(Channel.SLACK, command.getChannelId(), null);
		conversation
			.receive(ChatMessage.said(where, command.getUserId(), null, command.getText(), Addressed.COMMAND, locale)
				.in(command.getTeamId(), false))
			.toSay()
			.ifPresent(
					reply -> web.respondLater(command.getResponseUrl(), ephemeral(blocks.render(reply, locale, true))));
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

	/**
	 * A rating button under an answer: a click like any card's, answered to the rater.
	 */
	private void rate(BlockActionPayload action, String actionId) {
		CardClick click = CardClick.of(action, "");
		CardClick rating = new CardClick(actionId, click.value(), click.channel(), click.thread(), click.message());
		workers.submit("rating by " + action.getUser().getId(),
				() -> cardClicked(rating, action.getUser().getId(), null, action.getResponseUrl()));
	}

	/**
	 * "Dela i kanalen": the core's answer for the share click is posted in the channel,
	 * under who shared it, and the ephemeral answer is removed.
	 */
	private void share(String user, String channel, String question, String responseUrl) {
		Locale locale = web.localeOf(user);
		Destination where = new Destination(Channel.SLACK, channel, null);
		Optional<Reply> reply = conversation
			.click(new Clicked(where, user, null, Reply.AnswerReply.SHARE, question, null, locale));
		if (reply.isEmpty()) {
			return;
		}
		Rendered answer = blocks.render(reply.get(), locale, false);
		List<LayoutBlock> shared = new ArrayList<>();
		shared.add(blocks.sharedBy(user, locale));
		shared.addAll(answer.blocks());
		ActionResponse inChannel = ActionResponse.builder()
			.responseType("in_channel")
			.text(answer.text())
			.blocks(shared)
			.build();
		if (web.respond(responseUrl, inChannel)) {
			web.respond(responseUrl, ActionResponse.builder().deleteOriginal(true).build());
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static ActionResponse ephemeral(Rendered message) {
		return ActionResponse.builder().responseType("ephemeral").text(message.text()).blocks(message.blocks()).build();
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
		return LEADING_MENTIONS.matcher(cleaned).replaceFirst("").strip();
	}

	private static String firstValue(BlockActionPayload action) {
		return action.getActions().isEmpty() ? "" : action.getActions().get(0).getValue();
	}

}
