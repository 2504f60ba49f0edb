package se.fyren.bot.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import se.fyren.bot.ask.IndexStatus;
import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Citation;
import se.fyren.knowledge.KnowledgeBase;

/**
 * Fyren's channel-neutral conversation core: understands help, routes feature commands,
 * and answers everything else as a question from the reports. Slack, Teams and the web
 * chat are thin adapters over it.
 */
@Service
public class Conversation {

	static final int MAX_SOURCES = 3;

	static final int MAX_QUESTION_CHARS = 2000;

	private static final Logger log = LoggerFactory.getLogger(Conversation.class);

	private static final Set<String> HELP = Set.of("hjälp", "help", "?", "hjalp");

	private final KnowledgeBase knowledge;

	private final AnswerLog answers;

	private final List<ChatCommand> commands;

	private final List<CardAction> actions;

	private final List<ThreadListener> listeners;

	private final MessageSource messages;

	private final IndexStatus index;

	public Conversation(KnowledgeBase knowledge, AnswerLog answers, List<ChatCommand> commands,
			List<CardAction> actions, List<ThreadListener> listeners, MessageSource messages, IndexStatus index) {
		this.knowledge = knowledge;
		this.index = index;
		this.answers = answers;
		this.commands = List.copyOf(commands);
		this.actions = List.copyOf(actions);
		this.listeners = List.copyOf(listeners);
		this.messages = messages;
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
	 * A message overheard in a conversation: true when a feature took it, so no one
	 * should answer it.
	 */
	public boolean hear(Heard message) {
		for (ThreadListener listener : listeners) {
			if (listener.hear(message)) {
				return true;
			}
		}
		return false;
	}

	public Reply handle(Inbound message) {
		String text = message.text();
		if (text.isEmpty()) {
			return new Reply.TextReply(message("chat.empty", message.locale()));
		}
		if (HELP.contains(text.toLowerCase(Locale.ROOT))) {
			return help(message.locale());
		}
		for (ChatCommand command : commands) {
			Optional<Reply> reply = command.handle(message);
			if (reply.isPresent()) {
				return reply.get();
			}
		}
		return ask(message);
	}

	/**
	 * An answer from the reports as the knowledge library gives it, with the id it was
	 * recorded under (none while the first index is being built: nothing is recorded).
	 */
	public record Answered(String answerId, Answer answer) {
	}

	/**
	 * Answers the message as a question from the reports, without the help and commands,
	 * and records the answer so it can be rated: for adapters that show the library's
	 * full answer (the JSON API). Until the first index is ready the answer says how far
	 * it has come, and is not recorded: it says nothing about the reports.
	 */
	public Answered answer(Inbound message) {
		if (!index.ready()) {
			return new Answered(null,
					new Answer(message.text(), false, stillReading(message.locale()), List.of(), List.of()));
		}
		String question = message.text();
		if (question.length() > MAX_QUESTION_CHARS) {
			log.info("Question of {} characters cut to {}", question.length(), MAX_QUESTION_CHARS);
			question = question.substring(0, MAX_QUESTION_CHARS);
		}
		Answer answer = knowledge.ask(question);
		return new Answered(answers.record(message, answer), answer);
	}

	private Reply ask(Inbound message) {
		if (!index.ready()) {
			return new Reply.TextReply(stillReading(message.locale()));
		}
		Answered answered = answer(message);
		Answer answer = answered.answer();
		String answerId = answered.answerId();
		String question = answer.question();
		Locale locale = message.locale();
		if (!answer.found()) {
			return new Reply.AnswerReply(answerId, question, false, message("answer.notFound", locale), List.of());
		}
		List<Reply.Source> sources = answer.citations()
			.stream()
			.limit(MAX_SOURCES)
			.map(citation -> source(citation, locale))
			.toList();
		return new Reply.AnswerReply(answerId, question, true, answer.text(), sources);
	}

	private Reply.Source source(Citation citation, Locale locale) {
		StringBuilder label = new StringBuilder(citation.title());
		if (citation.section() != null && !citation.section().isBlank()) {
			label.append(" – ").append(lastPart(citation.section()));
		}
		if (citation.page() != null) {
			label.append(", ").append(messages.getMessage("answer.page", new Object[] { citation.page() }, locale));
		}
		return new Reply.Source(citation.doc(), citation.title(), citation.section(), citation.page(), label.toString(),
				citation.passageText());
	}

	private static String lastPart(String section) {
		int cut = section.lastIndexOf(" › ");
		return cut < 0 ? section : section.substring(cut + 3);
	}

	private Reply help(Locale locale) {
		List<String> examples = List.of(message("help.example1", locale), message("help.example2", locale),
				message("help.example3", locale));
		return new Reply.HelpReply(message("help.text", locale), examples);
	}

	private String stillReading(Locale locale) {
		IndexStatus.Progress progress = index.progress();
		return messages.getMessage("answer.indexing", new Object[] { progress.done(), progress.total() }, locale);
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

}
