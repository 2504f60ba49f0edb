package se.fyren.bot.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.ChatWorkers;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Deliveries;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Reply;

/**
 * Clicks on Slack's buttons and submissions of its modals: each becomes a {@link Clicked}
 * for the {@link Conversation}, and the core's reply goes back to the clicker only.
 */
final class SlackInteractions {

	private static final Logger log = LoggerFactory.getLogger(SlackInteractions.class);

	private final Conversation conversation;

	private final ReplyBlocks blocks;

	private final SlackWeb web;

	private final ChatWorkers workers;

	/** Modal submissions already taken ("view:"). */
	private final Deliveries deliveries;

	SlackInteractions(Conversation conversation, ReplyBlocks blocks, SlackWeb web, ChatWorkers workers,
			Deliveries deliveries) {
		this.conversation = conversation;
		this.blocks = blocks;
		this.web = web;
		this.workers = workers;
		this.deliveries = deliveries;
	}

	void registerOn(App app) {
		app.blockAction(ReplyBlocks.SHOW_PASSAGE, (request, context) -> {
			BlockActionPayload action = request.getPayload();
			String value = firstValue(action);
			workers.submit("passage for " + action.getUser().getId(),
					() -> web.respond(action.getResponseUrl(), blocks.passage(value).ephemeral()));
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
		app.blockAction(startingWith(ReplyBlocks.CARD_ACTION), (request, context) -> {
			BlockActionPayload action = request.getPayload();
			CardClick click = CardClick.of(action, ReplyBlocks.CARD_ACTION);
			workers.submit("card action " + click.actionId() + " by " + action.getUser().getId(),
					() -> cardClicked(click, action.getUser().getId(), null, action.getResponseUrl()));
			return context.ack();
		});
		app.blockAction(startingWith(ReplyBlocks.CARD_INPUT), (request, context) -> {
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
		app.viewSubmission(ReplyBlocks.INPUT_VIEW, this::inputSubmitted);
	}

	/**
	 * The modal a card's input button opened, submitted: its text is the click's input.
	 */
	private Response inputSubmitted(ViewSubmissionRequest request, ViewSubmissionContext context) {
		var view = request.getPayload().getView();
		String user = request.getPayload().getUser().getId();
		var state = view.getState().getValues().get(ReplyBlocks.INPUT_BLOCK);
		String input = state == null || state.get(ReplyBlocks.INPUT_BLOCK) == null ? null
				: state.get(ReplyBlocks.INPUT_BLOCK).getValue();
		if (input == null || ChatMessage.typed(input).isEmpty()) {
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
		workers.submit("card input " + click.actionId() + " by " + user, () -> cardClicked(click, user, input, null));
		return context.ack();
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
					web.respond(responseUrl, rendered.ephemeral());
				}
				else {
					web.postEphemeral(click.channel(), click.thread(), user, rendered);
				}
			});
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

	private static Pattern startingWith(String prefix) {
		return Pattern.compile("^" + Pattern.quote(prefix) + ".+");
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

	private static String firstValue(BlockActionPayload action) {
		return action.getActions().isEmpty() ? "" : action.getActions().get(0).getValue();
	}

}
