package se.fyren.bot.slack;

import java.util.Locale;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.ChatMessage.Addressed;
import se.fyren.bot.chat.ChatWorkers;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Deliveries;
import se.fyren.bot.chat.Destination;

/**
 * Slack's slash command {@code /fyren}: acknowledged at once, handed to the
 * {@link Conversation} on a worker, and answered to the asker only by the command's
 * response_url.
 * <p>
 * The acknowledgement waits for nothing: whether the command was taken before is asked of
 * the database on the worker. Slack never retries a slash command, so a crash before the
 * acknowledgement loses the command as it did when the check came first, and one after it
 * loses what it always lost, the answer under way; a repeated trigger id is still taken
 * once, by whichever delivery records it first.
 */
final class SlackCommands {

	static final String COMMAND = "/fyren";

	private final Conversation conversation;

	private final ReplyBlocks blocks;

	private final SlackWeb web;

	private final ChatWorkers workers;

	/** Commands already taken ("command:" and the trigger id). */
	private final Deliveries deliveries;

	SlackCommands(Conversation conversation, ReplyBlocks blocks, SlackWeb web, ChatWorkers workers,
			Deliveries deliveries) {
		this.conversation = conversation;
		this.blocks = blocks;
		this.web = web;
		this.workers = workers;
		this.deliveries = deliveries;
	}

	void registerOn(App app) {
		app.command(COMMAND, (request, context) -> {
			SlashCommandPayload command = request.getPayload();
			workers.submit("/fyren from " + command.getUserId(), () -> {
				if (deliveries.firstTimeOrUnknown(Channel.SLACK, "command:" + command.getTriggerId())) {
					answer(command);
				}
			});
			return context.ack();
		});
	}

	private void answer(SlashCommandPayload command) {
		Locale locale = web.localeOf(command.getUserId());
		Destination where = new Destination(Channel.SLACK, command.getChannelId(), null);
		conversation
			.receive(ChatMessage.said(where, command.getUserId(), null, command.getText(), Addressed.COMMAND, locale)
				.in(command.getTeamId(), false))
			.toSay()
			.ifPresent(reply -> web.respondLater(command.getResponseUrl(),
					blocks.render(reply, locale, true).ephemeral()));
	}

}
