package se.fyren.bot.ask;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Place;
import se.fyren.bot.documents.Places;
import se.fyren.bot.chat.Reply;
import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.Answer;
import se.fyren.knowledge.CollectionNames;
import se.fyren.knowledge.KnowledgeBase;

/**
 * Asking the reports for every chat: the answer timed, recorded so it can be rated, and
 * shown with up to three sources ({@link ReportAnswers}); until the first index is ready,
 * how far reading has come instead.
 */
@Service
public class Questions {

	/**
	 * The abstain reason while the first index is being built: says nothing about the
	 * reports.
	 */
	static final String STILL_READING = "still_reading";

	private final ReportAnswers reports;

	private final AnswerLog answers;

	private final MessageSource messages;

	/** Each chat's answer timer, found once, not at every answer. */
	private final Map<Channel, Timer> latencies = new EnumMap<>(Channel.class);

	private final IndexStatus index;

	private final Places places;

	Questions(KnowledgeBase knowledge, AnswerLog answers, MessageSource messages, MeterRegistry meters,
			IndexStatus index, Places places) {
		this.places = places;
		this.reports = new ReportAnswers(knowledge, messages);
		this.answers = answers;
		this.messages = messages;
		for (Channel channel : Channel.values()) {
			latencies.put(channel,
					Timer.builder("fyren.answer.latency")
						.description("Time to search the reports and answer a question")
						.tag("channel", channel.name().toLowerCase(Locale.ROOT))
						.register(meters));
		}
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
		return answer(new Place(asked, null, null, true), question, locale);
	}

	/**
	 * Answers from the collections that answer in the place (the shared reports, the
	 * place's own documents) and records the answer.
	 */
	public Answered answer(Place place, String question, Locale locale) {
		Channel asked = place.chat();
		if (!index.ready()) {
			return new Answered(null,
					new Answer(question, false, stillReading(locale), List.of(), List.of(), new Abstain(STILL_READING,
							"the reports are still being read for the first time", null, 0, 0, List.of(), "")));
		}
		Answer answer = latencies.get(asked).record(() -> reports.answer(question, places.collections(place)));
		return new Answered(answers.record(asked, answer), answer);
	}

	/**
	 * The library's answer from the collections that answer in the place, not recorded:
	 * for the cards that cite passages (the dialogue chain's prep card, reminders).
	 */
	public Answer lookUp(Place place, String question) {
		return reports.answer(question, places.collections(place));
	}

	/**
	 * The same from the place's own documents only, without the shared reports: empty
	 * where only the shared reports answer.
	 */
	public Optional<Answer> lookUpOwn(Place place, String question) {
		Set<String> own = new LinkedHashSet<>(places.collections(place));
		own.remove(CollectionNames.REPORTS);
		return own.isEmpty() ? Optional.empty() : Optional.of(reports.answer(question, own));
	}

	/** Asks, records and gives the answer as a chat shows it. */
	Reply reply(Place place, String question, Locale locale) {
		if (!index.ready()) {
			return new Reply.TextReply(stillReading(locale));
		}
		return shown(answer(place, question, locale), locale);
	}

	/** The answer as a chat shows it: the text and up to three sources, best first. */
	public Reply.AnswerReply shown(Answered answered, Locale locale) {
		return reports.shown(answered.answerId(), answered.answer(), locale);
	}

	private String stillReading(Locale locale) {
		IndexStatus.Progress progress = index.progress();
		return messages.getMessage("answer.indexing", new Object[] { progress.done(), progress.total() }, locale);
	}

}
