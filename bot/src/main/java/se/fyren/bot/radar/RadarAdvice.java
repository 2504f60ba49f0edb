package se.fyren.bot.radar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.fyren.bot.ask.Questions;
import se.fyren.bot.chat.Place;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.knowledge.Citation;
import se.fyren.knowledge.KnowledgeBase;

/**
 * Passages from the reports: the course manual's advice for a stream that is missing
 * (reaching out with data, the change-agent role, win-win with other administrations'
 * goals), from the reports; and the passages that fit an issue a signal is logged for,
 * from what answers where it is logged.
 */
@Component
class RadarAdvice {

	/** One passage per report section, so three sources say three things. */
	static final int MAX_SOURCES = 3;

	private final KnowledgeBase knowledge;

	private final Questions questions;

	private final RadarProperties properties;

	private final RadarText text;

	RadarAdvice(KnowledgeBase knowledge, Questions questions, RadarProperties properties, RadarText text) {
		this.knowledge = knowledge;
		this.questions = questions;
		this.properties = properties;
		this.text = text;
	}

	/** The advice for the missing streams, at most three passages. */
	List<Reply.Source> forMissing(List<KingdonStream> missing, Locale locale) {
		return sources(missing.stream().map(this::question).toList(), MAX_SOURCES, locale);
	}

	/**
	 * The passages that best fit what is asked, at most {@code limit}, from the
	 * collections that answer in the place (the shared reports and the place's own
	 * documents, never another place's private ones).
	 */
	List<Citation> citations(Place place, String question, int limit) {
		Map<String, Citation> found = new LinkedHashMap<>();
		for (Citation citation : questions.lookUp(place, question).citations()) {
			found.putIfAbsent(key(citation), citation);
		}
		return found.values().stream().limit(limit).toList();
	}

	/** Which passage a citation is, however the list it was offered in is ordered. */
	static String key(Citation citation) {
		return citation.doc() + "|" + citation.section();
	}

	List<Reply.Source> sources(List<String> questions, int limit, Locale locale) {
		return distinct(questions).values().stream().limit(limit).map(citation -> source(citation, locale)).toList();
	}

	private Map<String, Citation> distinct(List<String> questions) {
		Map<String, Citation> found = new LinkedHashMap<>();
		for (String question : questions) {
			for (Citation citation : knowledge.ask(question).citations()) {
				found.putIfAbsent(key(citation), citation);
			}
		}
		return found;
	}

	private String question(KingdonStream stream) {
		return switch (stream) {
			case PROBLEM -> properties.advice().problem();
			case POLITICS -> properties.advice().politics();
			case POLICY -> properties.advice().policy();
		};
	}

	Reply.Source source(Citation citation, Locale locale) {
		return source(cited(citation), locale);
	}

	static CitedPassage cited(Citation citation) {
		return new CitedPassage(citation.doc(), citation.title(), citation.section(), citation.page(),
				citation.passageText());
	}

	Reply.Source source(CitedPassage cited, Locale locale) {
		return new Reply.Source(cited.doc(), cited.title(), cited.section(), cited.page(), text.cited(cited, locale),
				cited.passage());
	}

}
