package se.fyren.bot.ask;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Reply;
import se.fyren.knowledge.Answer;
import se.fyren.knowledge.KnowledgeBase;

/**
 * Asking the reports for every chat: the answer timed, recorded so it can be rated, and
 * shown with up to three sources ({@link ReportAnswers}).
 */
@Service
public class Questions {

	private final ReportAnswers reports;

	private final AnswerLog answers;

	private final MeterRegistry meters;

	Questions(KnowledgeBase knowledge, AnswerLog answers, MessageSource messages, MeterRegistry meters) {
		this.reports = new ReportAnswers(knowledge, messages);
		this.answers = answers;
		this.meters = meters;
	}

	/**
	 * An answer from the reports as the knowledge library gives it, with the id it was
	 * recorded under (null when it was not recorded).
	 */
	public record Answered(String answerId, Answer answer) {
	}

	/**
	 * Answers a question from the reports and records the answer, so it can be rated: for
	 * those who show the library's full answer (the JSON API).
	 */
	public Answered answer(Channel asked, String question) {
		Answer answer = Timer.builder("fyren.answer.latency")
			.description("Time to search the reports and answer a question")
			.tag("channel", asked.name().toLowerCase(Locale.ROOT))
			.register(meters)
			.record(() -> reports.answer(question));
		return new Answered(answers.record(asked, answer), answer);
	}

	/** Asks, records and gives the answer as a chat shows it. */
	Reply.AnswerReply reply(Channel asked, String question, Locale locale) {
		return shown(answer(asked, question), locale);
	}

	/** The answer as a chat shows it: the text and up to three sources, best first. */
	public Reply.AnswerReply shown(Answered answered, Locale locale) {
		return reports.shown(answered.answerId(), answered.answer(), locale);
	}

}
