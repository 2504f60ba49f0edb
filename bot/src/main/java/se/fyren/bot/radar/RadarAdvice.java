package se.fyren.bot.radar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
		return distinct(questions.lookUp(place, question).citations()).stream().limit(limit).toList();
	}

	/** Which passage a citation is, however the list it was offered in is ordered. */
	static String key(Citation citation) {
		return citation.doc() + "|" + citation.section();
	}

	List<Reply.Source> sources(List<String> questions, int limit, Locale locale) {
		List<Citation> found = new ArrayList<>();
		for (String question : questions) {
			found.addAll(knowledge.ask(question).citations());
		}
		return distinct(found).stream().limit(limit).map(citation -> source(citation, locale)).toList();
	}

	/**
	 * Each passage once, the first found: once per place in a report, and once per text,
	 * as a section and its first subsection may hold the same words (the manual's 3.1 and
	 * 3.1.1), and citing them twice says one thing twice.
	 */
	static List<Citation> distinct(List<Citation> citations) {
		Map<String, Citation> byPlace = new LinkedHashMap<>();
		Set<String> texts = new HashSet<>();
		for (Citation citation : citations) {
			if (!byPlace.containsKey(key(citation)) && texts.add(sameText(citation))) {
				byPlace.put(key(citation), citation);
			}
		}
		return List.copyOf(byPlace.values());
	}

	/** A passage's words, however it was broken into lines. */
	private static String sameText(Citation citation) {
		return citation.passageText() == null ? key(citation)
				: WHITESPACE.matcher(citation.passageText()).replaceAll(" ").strip();
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
