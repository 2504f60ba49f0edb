package se.fyren.knowledge.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * {@link DateRules}, {@link NameRules}, the rest here.
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
		DateRules dates = new DateRules(settings);
		NameRules names = new NameRules(wordClasses, lawNames, this.questionNames);
		// The order decides which reason a question gets when several apply: a reason
		// that names what is missing comes before one that says less.
		this.rules = List.of(this::noPassages, this::definedTermOffTopic, figures::costNotInReports,
				this::contactNotInAnswer, dates::dateNotInReports, dates::dateNotInAnswer, dates::yearNotNamed,
				figures::shareNotInAnswer, figures::presentNotInAnswer, figures::numberNotInAnswer,
				figures::levelNotInAnswer, names::lawWordNotInReports, names::lawNameNotInReports,
				names::nameNotInReports, names::placeNameNotInReports, names::placeNotInAnswer, this::roleNotInAnswer,
				this::personNotInAnswer, this::successorNotInAnswer, this::outcomeNotInReports, dates::monthNotInAnswer,
				this::topicNotInReports, this::topicNotInAnswer, figures::countNotInAnswer, this::offTopic,
				this::lowCoverage);
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

	// A role a question asks who holds, in either language ("ordförande", "project
	// manager"), and how the reports name it, inside a title too ("Verksamhetschef").
	private static final Map<String, Pattern> ROLE_NAMED = Map.ofEntries(role("ordförande", "ordförande"),
			role("chef", "chef"), role("projektledare", "projektledare"), role("samordnare", "samordnare"),
			role("sekreterare", "sekreterare"), role("direktör", "direktör"), role("chair", "ordförande"),
			role("chairman", "ordförande"), role("chairperson", "ordförande"), role("project manager", "projektledare"),
			role("project leader", "projektledare"), role("manager", "chef|ledare"), role("director", "direktör|chef"),
			role("coordinator", "samordnare"), role("secretary", "sekreterare"));

	// A role may be asked with an "s": in English as a verb ("who chairs the board")
	// or in the plural ("who are the coordinators"); a Swedish genitive names the role
	// too.
	private static final Pattern ROLE_ASKED = Pattern.compile(
			"\\b(" + String.join("|", ROLE_NAMED.keySet().stream().map(asked -> asked.replace(" ", "\\s+")).toList())
					+ ")s?\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A person's name asked for by what the person is or does ("vad heter
	// avdelningschefen", "what's the name of the consultant"). "Vem var ordförande" may
	// be answered by a body or a title; a name asked for only by a name.
	private static final String PERSON_WORD = "\\p{L}*(?:chef|strateg|ordförande|direktör|samordnare|sekreterare|ledare"
			+ "|konsult|planerare|handläggare|analytiker|kontaktperson|representant|föreläsare|författare|forskare)"
			+ "(?:en|n|na|er|erna)?|\\p{L}*(?:manager|director|chair|chairperson|strategist|coordinator|consultant"
			+ "|secretary|planner|analyst|speaker|author|researcher|head)";

	// The person word is what is named, not a word of a clause after it: "vad heter
	// nätverket som strategen leder" asks for a network's name.
	private static final Pattern PERSON_NAME_ASKED = Pattern.compile(
			"\\b(?:vad (?:heter|hette)|name of)(?:\\s+(?!som\\b|där\\b|that\\b|which\\b|who\\b)\\S+){0,2}?\\s+(?:"
					+ PERSON_WORD + ")\\b|\\bvad (?:heter|hette) (?:han|hon|personen)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A name: two capitalised words ("Peter Möller", "Lena Ryen-Laxton"), or an address
	// made of one ("peter.gothblad@trollhattan.se" on a contact line).
	private static final Pattern PERSON_NAME = Pattern.compile(
			"\\b\\p{Lu}\\p{Ll}+(?:-\\s?\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}+|\\b\\p{L}+\\.\\p{L}+@",
			Pattern.UNICODE_CHARACTER_CLASS);

	// An address or a number asked for itself ("vad har hon för telefonnummer", "namn o
	// mejl", "what's the email").
	private static final Pattern CONTACT_DETAIL_ASKED = Pattern.compile(
			"\\b(?:(?:mejl|mail|e-?post)(?:adress\\p{L}*)?|telefonnumm?(?:er|ret)|e-?mail(?: address)?|(?:tele)?phone number)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// Who took someone's place, in any tense: "vem tog över efter Lena", "vem ska ta
	// över som chef", "vem efterträdde", "who will replace Lena", "the successor". Not
	// a task taken over ("tog över ansvaret") nor "succeeded in": "ersätta", "replace"
	// and "succeed" ask for a successor only before a capitalised name.
	private static final Pattern SUCCESSOR_ASKED = Pattern.compile(
			"\\b(?:(?:ta|tar|tog|tagit|tas)\\s+över\\s+(?:efter|som)|efterträd\\p{L}*|successor|t(?:ook|akes?|aken)\\s+over\\s+from"
					+ "|(?i:ersatte|ersätter|ersätta|replaced?|replaces|succeed(?:ed|s)?)\\s+\\p{Lu})",
			Pattern.UNICODE_CHARACTER_CLASS);

	// How a text names a succession: "efterträds av", "ersätts av", "tar över",
	// "tillträder".
	private static final Pattern SUCCESSION_NAMED = Pattern.compile(
			"\\b(?:efterträ\\p{L}*|ersätt\\p{L}*|ersatt\\p{L}*|tog över|tar över|tagit över|tillträ\\p{L}*|took over"
					+ "|takes over|replac\\p{L}*|succeed\\p{L}*|successor)",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	/**
	 * An address or a number asked for itself, and the answer gives none: a person named
	 * answers "vem ska jag kontakta", not "vad har hon för telefonnummer".
	 */
	private Abstain contactNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		QuestionKind kind = evidence.kind();
		if (best != null && kind == QuestionKind.CONTACT && CONTACT_DETAIL_ASKED.matcher(evidence.lower()).find()
				&& !kind.heldBy(best.answer(), false)) {
			return evidence.abstain("contact_not_in_answer",
					"the question asks for an address or a number; the answer gives none");
		}
		return null;
	}

	/**
	 * A role asked ("vem var ordförande för styrgruppen") is answered where the role is
	 * named: an answer naming others of the organisation does not say who holds it.
	 */
	private Abstain roleNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		Matcher role = ROLE_ASKED.matcher(evidence.lower());
		if (best != null && evidence.kind() == QuestionKind.WHO && role.find()
				&& !ROLE_NAMED.get(role.group(1).replaceAll("\\s+", " "))
					.matcher(best.passage().toLowerCase(Locale.ROOT))
					.find()) {
			return evidence.abstain("role_not_in_answer",
					"the question asks who holds a role; the best answer's passage does not name it", role.group(1));
		}
		return null;
	}

	/**
	 * A person's name asked ("vad heter folkhälsostrategen i botkyrka") is answered by a
	 * name: an answer that tells what the person did names no one.
	 */
	private Abstain personNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && PERSON_NAME_ASKED.matcher(evidence.lower()).find()
				&& !PERSON_NAME.matcher(best.answer()).find()) {
			return evidence.abstain("person_not_in_answer",
					"the question asks for a person's name; the answer names no one");
		}
		return null;
	}

	/**
	 * Who took someone's place is answered where a succession is told: an answer naming
	 * the one who left ("Lena Törnfeldt slutar i vår") does not say who came.
	 */
	private Abstain successorNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && evidence.kind() == QuestionKind.WHO && SUCCESSOR_ASKED.matcher(evidence.text()).find()
				&& !SUCCESSION_NAMED.matcher(best.text() + "\n" + best.context()).find()) {
			return evidence.abstain("successor_not_in_answer",
					"the question asks who took someone's place; the best answer names no succession");
		}
		return null;
	}

	private static Map.Entry<String, Pattern> role(String asked, String named) {
		return Map.entry(asked, Pattern.compile(named));
	}

	// A question about how something turned out: what a study found, who became chair,
	// what was answered, whether an answer came ("fick beredningen svar").
	private static final Pattern OUTCOME_ASKED = Pattern.compile(
			"\\b(?:kom\\s+(?:\\p{L}+\\s+){0,8}fram till|vad blev|vem blev|vilka blev|hur blev|hur gick det|vad hände"
					+ "|resultatet av|vad svarade|fick\\s+(?:\\p{L}+\\s+){1,3}svar|vad beslutade\\p{L}*|vad bestämde\\p{L}*"
					+ "|vad kom de fram|vad visade|what came of|turn(?:ed)? out|the outcome"
					+ "|what did .+ (?:find|decide|answer|conclude|show)"
					+ "|did (?:we|they|you|she|he) (?:\\p{L}+ )?(?:get|receive) (?:an? )?(?:answer|reply)"
					+ "|who became|what happened)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// What a report says is still to come: an answer resting on it tells the plan, not
	// how it turned out. Not "ska" or "skall" with a passive ("ska ses som", "skall
	// genomföras"), which reports use for what ought to be, nor "inför" ("står inför
	// utmaningar"): a conclusion is written so as often as a plan.
	private static final Pattern STILL_TO_COME = Pattern.compile(
			"\\b(?:till nästa gång|nästa möte|kommer att|planeras|planerar|undersöks|utreds|på gång|framöver|avser|avses"
					+ "|är tänkt|förväntas)\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// How far before a unit its list's lead-in may stand: a few short items.
	private static final int LEAD_IN_CHARS = 160;

	// Enough of a unit's opening to find it in its passage, short enough to end inside
	// the unit.
	private static final int UNIT_OPENING_CHARS = 30;

	private Abstain outcomeNotInReports(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && OUTCOME_ASKED.matcher(evidence.lower()).find()
				&& STILL_TO_COME
					.matcher(leadingTo(best) + "\n" + best.context() + "\n" + best.text() + "\n" + best.heading())
					.find()) {
			return evidence.abstain("outcome_not_in_reports",
					"the question asks how something turned out; the best answer says it is still to come");
		}
		return null;
	}

	/**
	 * The text just before the best unit in its passage: the lead-in of a list the unit
	 * is an item of ("Innehåll vid nästa möte: … Region Dalarnas svar på frågan").
	 */
	private static String leadingTo(BestUnit best) {
		// The context goes on with the unit after it, so it is found by its opening.
		String context = best.context();
		int at = best.passage().indexOf(context.substring(0, Math.min(context.length(), UNIT_OPENING_CHARS)));
		return at < 0 ? "" : best.passage().substring(Math.max(0, at - LEAD_IN_CHARS), at);
	}

}
