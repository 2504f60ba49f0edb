package se.fyren.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Fyren's channel-neutral conversation core, and its only router: decides who a message
 * is for ({@link #receive}), understands help, and hands the rest to the features'
 * listeners, commands (asking the reports is the last of them) and card actions. Slack,
 * Teams and the web chat are thin adapters over it.
 */
@Service
public class Conversation {

	private static final Logger log = LoggerFactory.getLogger(Conversation.class);

	private final List<ChatCommand> commands;

	private final List<CardAction> actions;

	private final List<ThreadListener> listeners;

	private final List<HomeSection> homeSections;

	/** Who takes the files shared with Fyren: the team's documents. */
	private final List<AttachmentHandler> attachmentHandlers;

	private final List<LeaderView> leaderViews;

	private final MessageSource messages;

	/** Threads Fyren answered in ("thread:"), where replies are follow-up questions. */
	private final Deliveries deliveries;

	public Conversation(List<ChatCommand> commands, List<CardAction> actions, List<ThreadListener> listeners,
			List<HomeSection> homeSections, List<AttachmentHandler> attachmentHandlers, List<LeaderView> leaderViews,
			MessageSource messages, Deliveries deliveries) {
		this.commands = List.copyOf(commands);
		this.actions = List.copyOf(actions);
		this.listeners = List.copyOf(listeners);
		this.homeSections = List.copyOf(homeSections);
		this.attachmentHandlers = List.copyOf(attachmentHandlers);
		this.leaderViews = List.copyOf(leaderViews);
		this.messages = messages;
		this.deliveries = deliveries;
	}

	/**
	 * The one entry for what is said in a chat, and the one place that decides who it is
	 * for. Edits and deletions go to the listening features only. A new message inside a
	 * thread (or one not addressed to Fyren) is offered to the listening features first,
	 * so an answer in a dialogue chain's thread stays an answer even when it mentions
	 * Fyren; but one that mentions Fyren where the feature would refuse it (the chain has
	 * ended) is Fyren's after all, and goes on. Then help and the features' commands, and
	 * last the question from the reports: when Fyren was addressed, or the message
	 * follows up a thread Fyren answered. Files shared with a message go to the feature
	 * that takes them, when the person asked Fyren to read them
	 * ({@link ChatMessage#asksToRead}).
	 */
	public Received receive(ChatMessage message) {
		if (!mayConcern(message)) {
			return Received.IGNORED;
		}
		if (message.change() != Heard.Change.NEW) {
			return Received.heard(hearing(message.heard()), null);
		}
		if (message.asksToRead() && !attachmentHandlers.isEmpty()) {
			return Received.replying(
					attachmentHandlers.get(0).take(message.inbound(), replyGoesTo(message), message.attachments()));
		}
		boolean inThread = message.where().thread() != null;
		if (inThread || !message.forFyren()) {
			Hearing hearing = hearing(message.heard());
			// A message to Fyren that the feature could not act on (the chain has ended)
			// was meant for Fyren, not for the feature: it is answered below, not
			// refused.
			if (hearing.taken() && !(hearing.refused().isPresent() && message.forFyren())) {
				return Received.heard(hearing, refusalNotice(message, hearing));
			}
		}
		if (!message.forFyren()
				&& !(inThread && deliveries.seen(message.where().channel(), threadKey(message.where())))) {
			return Received.IGNORED;
		}
		Reply reply = handle(message.inbound());
		answeredIn(message);
		return Received.replying(reply);
	}

	/**
	 * Whether {@link #receive} could do anything with the message, decided from the
	 * message alone: a new message outside a thread, not addressed to Fyren and with no
	 * files to read, is chatter (the listening features hear threads only). Adapters ask
	 * before they take a worker or record the delivery, so chatter costs nothing.
	 */
	public boolean mayConcern(ChatMessage message) {
		return message.change() != Heard.Change.NEW || message.forFyren() || message.where().thread() != null
				|| message.asksToRead();
	}

	/**
	 * Why a listening feature did not act on a new message (an answer to a chain that has
	 * ended), said in the message's thread so no one believes their answer was kept. Said
	 * once a person and thread: further chatter in a thread whose chain has ended is talk
	 * among people, not answered again and again. A chat that takes the message as an
	 * answer (a web room's form) reads {@link Received#refused} and says it every time.
	 */
	private Reply refusalNotice(ChatMessage message, Hearing hearing) {
		if (hearing.refused().isEmpty()) {
			return null;
		}
		Destination where = message.where();
		String key = "refused:" + where.conversation() + "/" + where.thread() + "/" + message.user() + "/"
				+ hearing.refusal();
		return deliveries.firstTime(where.channel(), key)
				? new Reply.TextReply(message(hearing.refusal(), message.heard().locale())) : null;
	}

	/**
	 * Remembers the thread Fyren's reply goes to, so follow-ups there are answered by any
	 * instance: the message's own thread, or the thread a mention outside one starts.
	 */
	private void answeredIn(ChatMessage message) {
		Destination where = message.where();
		if (where.conversation() == null) {
			return;
		}
		String thread = where.thread() != null ? where.thread()
				: message.addressed() == ChatMessage.Addressed.MENTION ? message.id() : null;
		if (thread != null) {
			deliveries.firstTime(where.channel(), threadKey(where.inThread(thread)));
		}
	}

	/**
	 * Where the adapters post the reply: the message's thread, or the thread a mention
	 * outside one starts.
	 */
	private static Destination replyGoesTo(ChatMessage message) {
		Destination where = message.where();
		return where.thread() == null && message.addressed() == ChatMessage.Addressed.MENTION && message.id() != null
				? where.inThread(message.id()) : where;
	}

	private static String threadKey(Destination thread) {
		return "thread:" + thread.conversation() + "/" + thread.thread();
	}

	/** A click on a card's button, routed to the feature that owns the action. */
	public Optional<Reply> click(Clicked click) {
		for (CardAction action : actions) {
			if (action.handles(click.actionId())) {
				return action.handle(click);
			}
		}
		log.warn("Click on unknown action {} by {}", click.actionId(), click.user());
		return Optional.of(new Reply.TextReply(message("chat.unknownAction", click.locale())));
	}

	/**
	 * A message offered to the listening features: true when one took it, so no one
	 * should answer it.
	 */
	public boolean hear(Heard message) {
		return hearing(message).taken();
	}

	private Hearing hearing(Heard message) {
		for (ThreadListener listener : listeners) {
			Hearing hearing = listener.hear(message);
			if (hearing.taken()) {
				return hearing;
			}
		}
		return Hearing.NOT_MINE;
	}

	/**
	 * Help, or the first feature command that takes the message. Adapters call
	 * {@link #receive}, which decides first whether the message is for Fyren at all.
	 */
	public Reply handle(Inbound message) {
		String text = message.text();
		if (text.isEmpty()) {
			return new Reply.TextReply(message("chat.empty", message.locale()));
		}
		if (HelpRequest.matches(text)) {
			return help(message.channel(), message.locale());
		}
		for (ChatCommand command : commands) {
			Optional<Reply> reply = command.handle(message);
			if (reply.isPresent()) {
				return reply.get();
			}
		}
		// Asking the reports is the last command and takes everything; without it, help.
		return help(message.channel(), message.locale());
	}

	/**
	 * What a chat may tell apart from a question while it is on its way: help, then each
	 * command's {@link ChatCommand#pattern pattern}, in the order they are asked.
	 */
	public List<CommandPattern> commandPatterns() {
		List<CommandPattern> patterns = new ArrayList<>();
		patterns.add(HelpRequest.PATTERN);
		commands.forEach(command -> command.pattern().ifPresent(patterns::add));
		return patterns;
	}

	/**
	 * The commands' messages that run in a conversation of their own
	 * ({@link ChatCommand#startsConversation}).
	 */
	public List<CommandPattern> conversationStarts() {
		return commands.stream().map(ChatCommand::startsConversation).flatMap(Optional::stream).toList();
	}

	/**
	 * The commands' messages that may name a calendar
	 * ({@link ChatCommand#takesCalendar}).
	 */
	public List<CommandPattern> calendarCommands() {
		return commands.stream().map(ChatCommand::takesCalendar).flatMap(Optional::stream).toList();
	}

	/**
	 * A chat's home page: what Fyren can do in that chat, then each feature's section.
	 */
	public Home home(Channel channel, Locale locale) {
		List<Reply.Card> sections = homeSections.stream()
			.map(section -> section.homeCard(channel, locale))
			.flatMap(Optional::stream)
			.toList();
		return new Home(help(channel, locale), sections);
	}

	/**
	 * What the features show the one who leads a conversation (the caller has checked
	 * that they do): the first feature running something there.
	 */
	public Optional<Reply.Card> leaderView(Destination conversation, Locale locale) {
		return leaderViews.stream()
			.map(view -> view.leaderCard(conversation, locale))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/** What a chat's home page shows, in channel-neutral values. */
	public record Home(Reply.HelpReply help, List<Reply.Card> sections) {

		public Home {
			sections = List.copyOf(sections);
		}

	}

	/**
	 * What Fyren can do, in the chat's own words: the web chat has rooms, not channels.
	 */
	private Reply.HelpReply help(Channel channel, Locale locale) {
		List<String> examples = List.of(message("help.example1", locale), message("help.example2", locale),
				message("help.example3", locale));
		return new Reply.HelpReply(messages.getMessage(channel.text("help.text"), locale), examples);
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

}
