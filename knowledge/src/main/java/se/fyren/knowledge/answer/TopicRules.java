package se.fyren.knowledge.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.TermRole;
import se.fyren.knowledge.search.Concept;
import se.fyren.knowledge.search.Coverage;

/**
 * The rules on what the question is about: nothing found for it ({@code no_passages}),
 * mostly words the reports never use ({@code off_topic}), nothing beside the place or
 * time it names that the reports or the answer speak of ({@code topic_not_in_reports},
 * {@code topic_not_in_answer}), or too little of it covered ({@code low_coverage}). Each
 * returns the reason, or null when it does not apply.
 */
final class TopicRules {

	// Unknown words carrying at least this share of the question's weight make it a
	// question about something else; the share of one rare word among two or three known
	// ones stays below it.
	private static final double OFF_TOPIC_SHARE = 0.5;

	private final AnswerSettings settings;

	TopicRules(AnswerSettings settings) {
		this.settings = settings;
	}

	/**
	 * Nothing found because the question's words are words the reports never use ("vad
	 * säger rapporterna om vargjakt?"): that is the reason to give. An English question's
	 * unknown words may be words the glossary lacks (as in {@link #offTopic}), so it is
	 * told no passage matched.
	 */
	Abstain noPassages(Evidence evidence) {
		if (!evidence.read().isEmpty()) {
			return null;
		}
		return !evidence.english() && evidence.unknownShare() >= OFF_TOPIC_SHARE ? offTopicAbstain(evidence)
				: new Abstain(Abstain.NO_PASSAGES, "no passage matches the question", null, 0, 0, List.of(),
						evidence.asked());
	}

	/**
	 * A term the reports never use asked to be defined ("vad menas med proportionell
	 * universalism?"): the question's "menas" is known, and the term would be "answered"
	 * by another definition.
	 */
	Abstain definedTermOffTopic(Evidence evidence) {
		if (evidence.kind() == QuestionKind.DEFINITION && !evidence.english() && termUnknown(evidence)) {
			return evidence.abstain("off_topic", "the term asked to be defined is words the reports never use");
		}
		return null;
	}

	/**
	 * What the question asks beside the place or time it names. Apart from those, it may
	 * ask about nothing the reports know ("the voter turnout in Leksand in 2014": the
	 * answer would rest on the name alone), or the answer may speak of the place or time
	 * but of nothing else the question asks ("medellivslängden i malung-sälen" answered
	 * by a list of the municipalities that took part). A part of a compound is not the
	 * topic ("förlängningen" does not speak of "medellivslängden").
	 */
	Abstain topicNotCovered(Evidence evidence) {
		Set<String> qualifiers = qualifiers(evidence);
		if (qualifiers.isEmpty()) {
			return null;
		}
		if (evidence.question()
			.concepts()
			.stream()
			.noneMatch(concept -> concept.known() && !qualifiers.contains(concept.word()))) {
			return evidence.abstain("topic_not_in_reports",
					"the question's words beside the place or time it names are words the reports never use");
		}
		BestUnit best = evidence.best();
		if (best == null) {
			return null;
		}
		// A contact line names whom to reach about what its passage says before it.
		Set<String> answered = Coverage.terms(evidence.analyzer(), best.heading() + "\n" + best.context() + "\n"
				+ best.text() + (evidence.kind() == QuestionKind.CONTACT ? "\n" + best.passage() : ""));
		boolean topicAnswered = evidence.question()
			.concepts()
			.stream()
			.filter(concept -> concept.known() && !qualifiers.contains(concept.word()))
			.anyMatch(concept -> concept.terms()
				.stream()
				.anyMatch(term -> term.role() != TermRole.PART && answered.contains(term.term())));
		if (!topicAnswered) {
			return evidence.abstain("topic_not_in_answer",
					"the best answer names the place or time asked about, but nothing else the question asks");
		}
		return null;
	}

	/**
	 * Most of a Swedish question is words the reports never use ("vad säger rapporterna
	 * om vargjakt?"): what the passages found share with it is the small rest (an English
	 * one holds words the glossary does not translate). A question asked in the asker's
	 * own words ("vabbandet") turns on one such word among several known ones, and its
	 * best unit covers what is known strongly.
	 */
	Abstain offTopic(Evidence evidence) {
		BestUnit best = evidence.best();
		if (!evidence.english() && evidence.unknownShare() >= OFF_TOPIC_SHARE
				&& (best == null || best.coverage() < this.settings.strongCoverage())) {
			return offTopicAbstain(evidence);
		}
		return null;
	}

	Abstain lowCoverage(Evidence evidence) {
		if (evidence.coverage() < this.settings.minCoverage()) {
			return evidence.abstain("low_coverage", "the best passages cover too little of the question");
		}
		return null;
	}

	private static Abstain offTopicAbstain(Evidence evidence) {
		return evidence.abstain("off_topic", "most of the question's weight is words the reports never use");
	}

	/** Whether every word of the term a definition question asks about is unknown. */
	private static boolean termUnknown(Evidence evidence) {
		List<Concept> term = DefinedTerm.termOf(evidence.question());
		return !term.isEmpty() && term.stream().noneMatch(Concept::known);
	}

	/**
	 * The terms of what narrows a question to a place or a time (the places it is about,
	 * the years and months it names): an answer must also hold what is asked about them.
	 */
	private static Set<String> qualifiers(Evidence evidence) {
		String question = evidence.text();
		Set<String> places = evidence.places();
		Set<String> words = new LinkedHashSet<>(places);
		// The word for a place's kind is part of its name: "orsa kommun" asks about Orsa,
		// not about municipalities.
		for (Pattern named : List.of(QuestionNames.PLACE, QuestionNames.REGION_NAMED)) {
			Matcher place = named.matcher(question);
			while (place.find()) {
				if (places.contains(place.group(1).toLowerCase(Locale.ROOT))) {
					words.add(place.groupCount() > 1 ? place.group(2) : "region");
				}
			}
		}
		DateRules.YEAR.matcher(question).results().map(MatchResult::group).forEach(words::add);
		DateRules.MONTH.matcher(question)
			.results()
			.map(MatchResult::group)
			.forEach(month -> words.add(month.toLowerCase(Locale.ROOT)));
		Set<String> terms = new LinkedHashSet<>();
		for (String word : words) {
			terms.addAll(SwedishAnalysis.tokens(evidence.analyzer(), word));
		}
		return terms;
	}

}
