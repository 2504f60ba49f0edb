package se.fyren.bot.ask;

import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Reply;
import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Citation;
import se.fyren.knowledge.KnowledgeBase;

/**
 * Asking the reports, for every chat and the command line alike: the question cut to a
 * length the search is meant for, the answer recorded so it can be rated, and the reply
 * with up to three sources.
 */
@Service
public class Questions {

	static final int MAX_SOURCES = 3;

	static final int MAX_QUESTION_CHARS = 2000;

	/**
	 * The abstain reason while the first index is being built: says nothing about the
	 * reports.
	 */
	static final String STILL_READING = "still_reading";

	private static final Logger log = LoggerFactory.getLogger(Questions.class);

	private final KnowledgeBase knowledge;

	private final AnswerLog answers;

	private final MessageSource messages;

	private final MeterRegistry meters;

	private final IndexStatus index;

	Questions(KnowledgeBase knowledge, AnswerLog answers, MessageSource messages, MeterRegistry meters,
			IndexStatus index) {
		this.knowledge = knowledge;
		this.answers = answers;
		this.messages = messages;
		this.meters = meters;
		this.index = index;
	}

	/**
	 * An answer from the reports as the knowledge library gives it, with the id it was
	 * recorded under (null when it was not recorded).
	 */
	public record Answered(String answerId, Answer answer) {
	}

	/**
	 * Answers a question from the reports and records the answer, so it can be rated: for
	 * those who show the library's full answer (the JSON API). Until the first index is
	 * ready the answer says how far reading has come, and is not recorded: it says
	 * nothing about the reports.
	 */
	public Answered answer(Channel asked, String question, Locale locale) {
		if (!index.ready()) {
			return new Answered(null,
					new Answer(question, false, stillReading(locale), List.of(), List.of(), new Abstain(STILL_READING,
							"the reports are still being read for the first time", 0, 0, List.of(), "")));
		}
		Answer answer = Timer.builder("fyren.answer.latency")
			.description("Time to search the reports and answer a question")
			.tag("channel", asked.name().toLowerCase(Locale.ROOT))
			.register(meters)
			.record(() -> knowledge.ask(cut(question)));
		return new Answered(answers.record(asked, answer), answer);
	}

	/**
	 * Answers without recording: the command line, where an administrator asks (often in
	 * batches, to evaluate) and no one rates.
	 */
	public Answer answerUnrecorded(String question) {
		return knowledge.ask(cut(question));
	}

	/** Asks, records and gives the answer as a chat shows it. */
	Reply reply(Channel asked, String question, Locale locale) {
		if (!index.ready()) {
			return new Reply.TextReply(stillReading(locale));
		}
		return shown(answer(asked, question, locale), locale);
	}

	private String stillReading(Locale locale) {
		IndexStatus.Progress progress = index.progress();
		return messages.getMessage("answer.indexing", new Object[] { progress.done(), progress.total() }, locale);
	}

	/** The answer as a chat shows it: the text and up to three sources, best first. */
	public Reply.AnswerReply shown(Answered answered, Locale locale) {
		Answer answer = answered.answer();
		if (!answer.found()) {
			return new Reply.AnswerReply(answered.answerId(), answer.question(), false,
					messages.getMessage("answer.notFound", null, locale), List.of());
		}
		List<Reply.Source> sources = answer.citations()
			.stream()
			.limit(MAX_SOURCES)
			.map(citation -> source(citation, locale))
			.toList();
		return new Reply.AnswerReply(answered.answerId(), answer.question(), true, answer.text(), sources);
	}

	private static String cut(String question) {
		if (question.length() <= MAX_QUESTION_CHARS) {
			return question;
		}
		log.info("Question of {} characters cut to {}", question.length(), MAX_QUESTION_CHARS);
		return question.substring(0, MAX_QUESTION_CHARS);
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

}
