package se.fyren.knowledge.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.TermRole;
import se.fyren.knowledge.analysis.WordClasses;
import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.Concept;
import se.fyren.knowledge.search.Coverage;

/**
 * Decides from evidence whether the reports hold no answer: the best passages leave the
 * question's key terms uncovered, or it asks about what the reports are silent on (a cost
 * they give no figure for, a place, a year or a law they never name). A word the reports
 * never use is no such evidence on its own: people ask in their own words ("vabbandet",
 * "handtvätt", "grejer"), and on the dev, validation and both hold-out sets such words
 * refused answerable questions but no unanswerable one. A name the reports never use
 * ({@code name_not_in_reports}) still is, and so is a Swedish question made mostly of
 * such words ({@code off_topic}). The rules are tried in a fixed order and the first that
 * applies gives the reason; some live with their kin in {@link FigureRules},
 * {@link PersonRules}, {@link DateRules}, {@link NameRules}, {@link OutcomeRule}, the
 * rest here.
 */
final class AbstainJudge {

	/** One reason to abstain: the reason, or null when it does not apply. */
	@FunctionalInterface
	private interface Rule {

		Abstain judge(Evidence evidence);

	}

	private final QuestionNames questionNames;

	private final List<Rule> rules;

	private final AnswerSettings settings;

	AbstainJudge(AnswerSettings settings, WordClasses wordClasses, PlaceNames placeNames, LawNames lawNames) {
		this.questionNames = new QuestionNames(wordClasses, placeNames);
		this.settings = settings;
		FigureRules figures = new FigureRules(settings, wordClasses);
		PersonRules people = new PersonRules();
		DateRules dates = new DateRules(settings);
		NameRules names = new NameRules(wordClasses, lawNames, this.questionNames);
		OutcomeRule outcome = new OutcomeRule();
		// The order decides which reason a question gets when several apply: a reason
		// that names what is missing comes before one that says less.
		this.rules = List.of(this::noPassages, this::definedTermOffTopic, figures::costNotInReports,
				people::contactNotInAnswer, dates::dateNotInReports, dates::dateNotInAnswer, dates::yearNotNamed,
				figures::shareNotInAnswer, figures::presentNotInAnswer, figures::numberNotInAnswer,
				figures::levelNotInAnswer, names::lawWordNotInReports, names::lawNameNotInReports,
				names::nameNotInReports, names::placeNameNotInReports, names::placeNotInAnswer, people::roleNotInAnswer,
				people::personNotInAnswer, people::successorNotInAnswer, outcome::outcomeNotInReports,
				dates::monthNotInAnswer, this::topicNotInReports, this::topicNotInAnswer, figures::countNotInAnswer,
				this::offTopic, this::lowCoverage);
	}

	/**
	 * @param best the best answer unit with the unit after it, or null when none covers
	 * the question
	 * @return the first reason that applies, or null to answer
	 */
	Abstain judge(AnalyzedQuestion question, QuestionKind kind, List<ScoredPassage> read, BestUnit best,
			Analyzer analyzer, Vocabulary vocabulary) {
		Evidence evidence = Evidence.of(question, kind, read, best, analyzer, vocabulary, this.questionNames);
		for (Rule rule : this.rules) {
			Abstain abstain = rule.judge(evidence);
			if (abstain != null) {
				return abstain;
			}
		}
		return null;
	}

	// Unknown words carrying at least this share of the question's weight make it a
	// question about something else; the share of one rare word among two or three known
	// ones stays below it.
	private static final double OFF_TOPIC_SHARE = 0.5;

	/**
	 * Nothing found because the question's words are words the reports never use ("vad
	 * säger rapporterna om vargjakt?"): that is the reason to give. An English question's
	 * unknown words may be words the glossary lacks (as in {@link #offTopic}), so it is
	 * told no passage matched.
	 */
	private Abstain noPassages(Evidence evidence) {
		if (!evidence.read().isEmpty()) {
			return null;
		}
		return !evidence.english() && evidence.unknownShare() >= OFF_TOPIC_SHARE ? offTopicAbstain(evidence)
				: new Abstain("no_passages", "no passage matches the question", null, 0, 0, List.of(),
						evidence.asked());
	}

	/**
	 * A term the reports never use asked to be defined ("vad menas med proportionell
	 * universalism?"): the question's "menas" is known, and the term would be "answered"
	 * by another definition.
	 */
	private Abstain definedTermOffTopic(Evidence evidence) {
		if (evidence.kind() == QuestionKind.DEFINITION && !evidence.english() && termUnknown(evidence)) {
			return evidence.abstain("off_topic", "the term asked to be defined is words the reports never use");
		}
		return null;
	}

	/**
	 * Apart from the place and time it names, the question asks about nothing the reports
	 * know ("the voter turnout in Leksand in 2014"): the answer would rest on the name
	 * alone.
	 */
	private Abstain topicNotInReports(Evidence evidence) {
		Set<String> qualifiers = qualifiers(evidence);
		if (!qualifiers.isEmpty() && evidence.question()
			.concepts()
			.stream()
			.noneMatch(concept -> concept.known() && !qualifiers.contains(concept.word()))) {
			return evidence.abstain("topic_not_in_reports",
					"the question's words beside the place or time it names are words the reports never use");
		}
		return null;
	}

	/**
	 * The answer speaks of the place or time asked about, but of nothing else the
	 * question asks ("medellivslängden i malung-sälen" answered by a list of the
	 * municipalities that took part): it rests on the name alone. A part of a compound is
	 * not the topic ("förlängningen" does not speak of "medellivslängden").
	 */
	private Abstain topicNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best == null) {
			return null;
		}
		Set<String> qualifiers = qualifiers(evidence);
		if (qualifiers.isEmpty()) {
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
	private Abstain offTopic(Evidence evidence) {
		BestUnit best = evidence.best();
		if (!evidence.english() && evidence.unknownShare() >= OFF_TOPIC_SHARE
				&& (best == null || best.coverage() < this.settings.strongCoverage())) {
			return offTopicAbstain(evidence);
		}
		return null;
	}

	private Abstain lowCoverage(Evidence evidence) {
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
