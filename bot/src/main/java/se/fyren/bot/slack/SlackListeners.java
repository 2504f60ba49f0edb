package se.fyren.bot.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.fyren.bot.chat.AnswerLog;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatWorkers;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Deliveries;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.windows.WheelOverview;

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

	private final AnswerLog answers;

	private final ReplyBlocks blocks;

	private final SlackWeb web;

	private final ChatWorkers workers;

	/**
	 * Events and commands already taken ("event:", "command:"), and threads Fyren
	 * answered in ("thread:"), where replies are follow-up questions.
	 */
	private final Deliveries deliveries;

	private final WheelOverview wheel;

	SlackListeners(Conversation conversation, AnswerLog answers, ReplyBlocks blocks, SlackWeb web, ChatWorkers workers,
			Deliveries deliveries, WheelOverview wheel) {
		this.conversation = conversation;
		this.answers = answers;
		this.blocks = blocks;
		this.web = web;
		this.workers = workers;
		this.deliveries = deliveries;
		this.wheel = wheel;
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
			if (deliveries.firstTime(Channel.SLACK, "event:" + payload.getEventId())
					&& !isDirect(mention.getChannel())) {
				String question = withoutMentions(mention.getText(), context.getBotUserId());
				String thread = mention.getThreadTs() != null ? mention.getThreadTs() : mention.getTs();
				workers.submit("mention in " + mention.getChannel(),
						() -> answerInChannel(mention.getUser(), mention.getChannel(), thread, question));
			}
			return context.ack();
		});
		app.event(MessageEvent.class, (payload, context) -> {
			MessageEvent message = payload.getEvent();
			if (deliveries.firstTime(Channel.SLACK, "event:" + payload.getEventId()) && isFromPerson(message)) {
				workers.submit("message in " + message.getChannel(), () -> {
					if (!overheard(message) && isForFyren(message, context.getBotUserId())) {
						String question = withoutMentions(message.getText(), context.getBotUserId());
						answerInChannel(message.getUser(), message.getChannel(), message.getThreadTs(), question);
					}
				});
			}
			return context.ack();
		});
		app.event(MessageChangedEvent.class, (payload, context) -> {
			MessageChangedEvent changed = payload.getEvent();
			MessageChangedEvent.Message message = changed.getMessage();
			if (deliveries.firstTime(Channel.SLACK, "event:" + payload.getEventId()) && message != null
					&& message.getThreadTs() != null && message.getUser() != null && message.getBotId() == null) {
				Destination where = new Destination(Channel.SLACK, changed.getChannel(), message.getThreadTs());
				workers.submit("edit in " + changed.getChannel(), () -> conversation.hear(new Heard(where,
						message.getUser(), message.getTs(), message.getText(), Heard.Change.EDITED, null)));
			}
			return context.ack();
		});
		app.event(MessageDeletedEvent.class, (payload, context) -> {
			MessageDeletedEvent deleted = payload.getEvent();
			MessageDeletedEvent.Message previous = deleted.getPreviousMessage();
			if (deliveries.firstTime(Channel.SLACK, "event:" + payload.getEventId()) && previous != null
					&& previous.getThreadTs() != null) {
				Destination where = new Destination(Channel.SLACK, deleted.getChannel(), previous.getThreadTs());
				workers.submit("deletion in " + deleted.getChannel(), () -> conversation.hear(
						new Heard(where, previous.getUser(), deleted.getDeletedTs(), "", Heard.Change.DELETED, null)));
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
			rate(request.getPayload(), true);
			return context.ack();
		});
		app.blockAction(ReplyBlocks.NOT_HELPFUL, (request, context) -> {
			rate(request.getPayload(), false);
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

	/**
	 * A reply in a channel thread that a feature (a dialogue chain collecting answers)
	 * takes for itself.
	 */
	private boolean overheard(MessageEvent message) {
		if (message.getThreadTs() == null || "im".equals(message.getChannelType())) {
			return false;
		}
		Destination where = new Destination(Channel.SLACK, message.getChannel(), message.getThreadTs());
		return conversation.hear(new Heard(where, message.getUser(), message.getTs(), message.getText(),
				Heard.Change.NEW, web.localeOf(message.getUser())));
	}

	private void answerCommand(SlashCommandPayload command) {
		Locale locale = web.localeOf(command.getUserId());
		Reply reply = conversation
			.handle(new Inbound(Channel.SLACK, command.getUserId(), command.getChannelId(), command.getText(), locale));
		web.respond(command.getResponseUrl(), ephemeral(blocks.render(reply, locale, true)));
	}

	private void answerInChannel(String user, String channel, String thread, String question) {
		Locale locale = web.localeOf(user);
		Reply reply = conversation.handle(new Inbound(Channel.SLACK, user, channel, question, locale));
		if (web.postMessage(channel, thread, blocks.render(reply, locale, false)).isPresent() && thread != null) {
			// Recorded like a delivery, so follow-ups in the thread are answered by any
			// instance.
			deliveries.firstTime(Channel.SLACK, "thread:" + channel + "/" + thread);
		}
	}

	private void publishHome(String user) {
		Locale locale = web.localeOf(user);
		// "hjälp" is understood by the core in every language; the home tab shows exactly
		// that help.
		Reply help = conversation.handle(new Inbound(Channel.SLACK, user, null, "hjälp", locale));
		if (help instanceof Reply.HelpReply helpReply) {
			web.publishHome(user, blocks.home(helpReply, wheel.card(locale), locale));
		}
	}

	private void rate(BlockActionPayload action, boolean helpful) {
		String user = action.getUser().getId();
		String answerId = firstValue(action);
		workers.submit("rating by " + user, () -> {
			if (!answers.rate(answerId, user, helpful)) {
				log.warn("Slack rating by {} for unknown answer {}", user, answerId);
			}
			web.respond(action.getResponseUrl(), ephemeral(blocks.text("slack.thanks", web.localeOf(user))));
		});
	}

	/**
	 * Asks the question again rather than keeping the answer around: the button then
	 * still works after a restart, and the shared copy gets its own answer id for the
	 * channel's ratings.
	 */
	private void share(String user, String channel, String question, String responseUrl) {
		Locale locale = web.localeOf(user);
		Reply reply = conversation.handle(new Inbound(Channel.SLACK, user, channel, question, locale));
		Rendered answer = blocks.render(reply, locale, false);
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

	private boolean isForFyren(MessageEvent message, String botUserId) {
		if ("im".equals(message.getChannelType())) {
			return true;
		}
		// In a channel, only replies in a thread Fyren answered, and not those that
		// mention Fyren: app_mention answers those.
		boolean mentionsFyren = botUserId != null && message.getText().contains("<@" + botUserId);
		return message.getThreadTs() != null && !mentionsFyren
				&& deliveries.seen(Channel.SLACK, "thread:" + message.getChannel() + "/" + message.getThreadTs());
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
