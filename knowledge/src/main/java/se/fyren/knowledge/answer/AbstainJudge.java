package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

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
 * such words ({@code off_topic}). Returns the reason, or null to answer.
 */
final class AbstainJudge {

	// An abbreviation in capitals names something: "GDPR", "LSS".
	private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{3,}\\b", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

	// Asks what level a statistic stands at ("vad ligger den på", "hur hög är
	// arbetslösheten", "the suicide rate"): a figure, a count or a share answers it. Not
	// "hur högt prioriteras", "hur höga krav", nor "rate" the verb.
	private static final Pattern LEVEL_ASKED = Pattern.compile(
			"\\b(?:hur (?:hög|högt|höga) (?:är|var|blev|ligger|låg)|vad (?:ligger|låg) (?:den|det|de|dom|hon) på"
					+ "|the (?:\\p{L}+ )?rates?(?! (?:the|their|it|them|how)\\b)|what level)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A statistic named by a question without a question word asks for its level:
	// "förväntad livslängd för män i älvdalen", "antal vårddagar 2014".
	private static final Pattern STATISTIC_NAMED = Pattern.compile(QuestionKind.FRAGMENT_OPENING
			+ "(?:förväntad |genomsnittlig )?(?:medellivslängd|livslängd|arbetslöshet|ohälsotal|sjuktal|antal"
			+ "|life expectancy|unemployment|the number of|number of)", Pattern.UNICODE_CHARACTER_CLASS);

	// A span of years covers the years inside it: "2016-2019" speaks of 2017.
	private static final Pattern YEARS = Pattern.compile("\\b((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})\\b");

	// Asks for a count, an amount or a size, which only a figure answers ("hur länge" and
	// "hur ofta" may be answered in words); a year, a date or an item's number is no such
	// figure.
	private static final Pattern COUNT = Pattern.compile(
			"\\b(?:hur många|hur mycket|hur mkt|hur stor|hur stort|hur stora|how many|how much|how big|how large)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A role a question asks who holds, in either language ("ordförande", "project
	// manager"), and how the reports name it, inside a title too ("Verksamhetschef").
	private static final Map<String, Pattern> ROLE_NAMED = Map.ofEntries(role("ordförande", "ordförande"),
			role("chef", "chef"), role("projektledare", "projektledare"), role("samordnare", "samordnare"),
			role("sekreterare", "sekreterare"), role("direktör", "direktör"), role("chair", "ordförande"),
			role("chairman", "ordförande"), role("chairperson", "ordförande"), role("project manager", "projektledare"),
			role("project leader", "projektledare"), role("manager", "chef|ledare"), role("director", "direktör|chef"),
			role("coordinator", "samordnare"), role("secretary", "sekreterare"));

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

	// A role may be asked with an "s": in English as a verb ("who chairs the board")
	// or in the plural ("who are the coordinators"); a Swedish genitive names the role
	// too.
	private static final Pattern ROLE_ASKED = Pattern.compile(
			"\\b(" + String.join("|", ROLE_NAMED.keySet().stream().map(asked -> asked.replace(" ", "\\s+")).toList())
					+ ")s?\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// Ways to say "now" that ask how things stand today, and that a report uses of
	// its own present ("i dagsläget består av cirka 10 medarbetare").
	private static final String NOW = "idag|i dag|i dagsläget|i nuläget|just nu|för närvarande|för tillfället|nuförtiden"
			+ "|today|currently|right now|nowadays|at the moment|at present|as of today";

	// The question asks how things stand now.
	private static final Pattern TODAY_ASKED = Pattern.compile("\\b(?:" + NOW + ")\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A report speaks of its own present: as the question does, or by "nu", "numera".
	private static final Pattern PRESENT = Pattern.compile("(?i)\\b(?:" + NOW + "|nu|numera|now)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A count of things other than money: "hur många dagar fick kommunen betala för"
	// asks for days, however it speaks of paying; "how many millions" asks for a sum in
	// either language.
	private static final Pattern COUNT_OF_THINGS = Pattern.compile(
			"\\b(?:hur många|how many)\\s+(?!(?:kronor|kr|miljon\\p{L}*|miljard\\p{L}*|tkr|mkr|mnkr|sek|dollars?|euros?|crowns?"
					+ "|millions?|billions?)\\b)\\p{L}+",
			Pattern.UNICODE_CHARACTER_CLASS);

	// An address or a number asked for itself ("vad har hon för telefonnummer", "namn o
	// mejl", "what's the email").
	private static final Pattern CONTACT_DETAIL_ASKED = Pattern.compile(
			"\\b(?:(?:mejl|mail|e-?post)(?:adress\\p{L}*)?|telefonnumm?(?:er|ret)|e-?mail(?: address)?|(?:tele)?phone number)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A thing counted is a noun; "e" and "va" in "hur många e med" are chat for
	// "är" and "var".
	private static final int MIN_THING_LETTERS = 3;

	// A count of years, days or times may be answered by a span or a date ("som pågick
	// mellan 2016-2019", "sedan 2017"), which counts nothing.
	private static final Pattern COUNT_OF_TIME = Pattern.compile(
			"\\b(?:hur många|how many)\\s+(?:år|månader|veckor|dagar|timmar|gånger|years|months|weeks|days|hours|times)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

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

	// What a report says is still to come: an answer resting on it tells the plan, not
	// how it turned out. Not "ska" or "skall" with a passive ("ska ses som", "skall
	// genomföras"), which reports use for what ought to be, nor "inför" ("står inför
	// utmaningar"): a conclusion is written so as often as a plan.
	private static final Pattern STILL_TO_COME = Pattern.compile(
			"\\b(?:till nästa gång|nästa möte|kommer att|planeras|planerar|undersöks|utreds|på gång|framöver|avser|avses"
					+ "|är tänkt|förväntas)\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// Kinds that ask for something else than a sum, whatever costs they speak of: a payer
	// ("vem betalar"), a date ("when is the budget decided"), a reason.
	private static final Set<QuestionKind> NOT_ASKING_COST = Set.of(QuestionKind.WHO, QuestionKind.WHEN,
			QuestionKind.WHY);

	// A cost asked in a clause of its own, whatever the question asks first: "när blir
	// den klar o vad kostar den".
	private static final Pattern COST_QUESTION = Pattern.compile(
			"\\b(?:vad (?:kostar|kostade|har (?:\\p{L}+\\s+){1,3}kostat)|hur (?:mycket|mkt) (?:kostar|kostade|pengar)"
					+ "|vad (?:är|var) kostnaden|what (?:does|did) .+ cost|how much (?:does|did) .+ cost|how much money"
					+ "|what (?:is|was) the cost)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// How far before a unit its list's lead-in may stand: a few short items.
	private static final int LEAD_IN_CHARS = 160;

	// Enough of a unit's opening to find it in its passage, short enough to end inside
	// the unit.
	private static final int UNIT_OPENING_CHARS = 30;

	// A law by name: "socialtjänstlagen", "skollagen", "LSS-lagen".
	private static final Pattern LAW = Pattern.compile("\\b[\\p{L}-]{2,}lag(?:en|ar|arna|s)?\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// What follows a place's name: the word for its kind, after a genitive s.
	private static final String PLACE_KIND = "s?\\s+(kommun\\p{L}*|stad|stads|region|län|municipality|county)\\b";

	// A place named before the word for its kind ("Göteborgs kommun", "malmö stad").
	private static final Pattern PLACE = Pattern.compile("\\b(\\p{L}{3,}?(?:-\\p{L}{2,}?)?)" + PLACE_KIND,
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// A region is named after the word, typed in any case: "Region Dalarna", "region
	// jämtland härjedalen".
	private static final Pattern REGION_NAMED = Pattern.compile("\\bregion\\s+(\\p{L}{3,})\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// A place the question is about: "in Borlänge", "i Mora", "för Gävle".
	private static final Pattern PLACE_ASKED = Pattern.compile(
			"\\b(?:i|in|på|för|at|from)\\s+(\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A word typed in lower case where a place would stand ("i malung-sälen"): a place
	// when the passages found name it as one.
	private static final Pattern PLACE_TYPED = Pattern
		.compile("\\b(?:i|in|på|för|at|from)\\s+(\\p{Ll}{3,}(?:-\\p{Ll}{2,})?)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	// The English months MONTH reads, by the Swedish names the reports use.
	private static final Map<String, String> SWEDISH_MONTHS = Map.of("january", "januari", "february", "februari",
			"march", "mars", "june", "juni", "july", "juli", "august", "augusti", "october", "oktober");

	// A month the question is about ("mötet i november"). English "may" is left out:
	// it is mostly a verb.
	private static final Pattern MONTH = Pattern.compile(
			"\\b(?:" + QuestionKind.SWEDISH_MONTHS + "|" + String.join("|", SWEDISH_MONTHS.keySet()) + ")\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// A capitalised word inside a Swedish question is a name.
	private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}{2,}\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// The forms of the kind's word a place's name stands before ("Sala kommun", "Falu
	// kommuns"), unlike a definite form ("gör kommunen").
	private static final Set<String> INDEFINITE_KINDS = Set.of("kommun", "kommuns", "stad", "stads", "region", "län",
			"municipality", "county");

	// Words that stand where a name would but which the dictionary also knows as nouns
	// ("hela", "länets"); the question's function words are none either.
	private static final Set<String> PLACE_WORDS_NOT_NAMES = Set.of("hela", "deltagande", "länets");

	// English adjectives of nationality and kind end so ("Swedish", "Norwegian",
	// "Nordic", "northern", "neighbouring").
	private static final Pattern ENGLISH_ADJECTIVE = Pattern.compile("(?:ish|ian|ese|ic|ern|ing|ed)$");

	// "Which municipality …", "The region is …": a function word is no name, even
	// capitalised to begin a sentence, unless it is a place's name too ("Vara kommun").
	private static final CharArraySet FUNCTION_WORDS = SwedishAnalysis.questionStopWords();

	// Unknown words carrying at least this share of the question's weight make it a
	// question about something else; the share of one rare word among two or three known
	// ones stays below it.
	private static final double OFF_TOPIC_SHARE = 0.5;

	// A question that asks for a year, not only when: by name, or a bare "årtal".
	private static final Pattern YEAR_ASKED = Pattern
		.compile("\\b(?:" + QuestionKind.YEAR_ASKED + "|årtal(?:et|en)?)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	// A time asked of what should or may be done, which a rule or a condition answers
	// ("när bör …", "när ska man …", "when should we …"), rather than of what happened
	// or will ("när ska helikopterplattan stå klar": "ska" tells the future but of
	// one who does it).
	private static final Pattern WHEN_TO_DO = Pattern
		.compile("\\b(?:bör|borde|brukar|behöver|måste|should|must|ought|(?:ska|skall|kan) (?:man|vi|jag|du|ni)"
				+ "|(?:do|shall|can) (?:we|you|i)|does one)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	// The words a question names a report with, before or after its year.
	private static final String REPORT_WORD = "\\p{L}*(?:rapport|lärprojekt|bilaga|anteckning|protokoll|förslag|manual|inbjudan)\\p{L}*"
			+ "|report|attachment|notes|minutes|proposal|manual|invitation";

	private static final Pattern REPORT_YEAR = Pattern.compile("(?:" + REPORT_WORD
			+ ")\\s+(?:från\\s+|from\\s+|of\\s+)?((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})\\s+(?:års\\s+)?(?:"
			+ REPORT_WORD + ")", Pattern.UNICODE_CHARACTER_CLASS);

	// The year a citation adds to a report's title, at the end of its line.
	private static final Pattern PUBLICATION_YEAR = Pattern.compile(" \\((?:19|20)\\d{2}\\)(?=\\n|$)",
			Pattern.MULTILINE);

	// A name's shortest part that still names it ("mora" in "Moraborna").
	private static final int MIN_NAME_PREFIX = 4;

	private final AnswerSettings settings;

	private final WordClasses wordClasses;

	private final PlaceNames placeNames;

	private final LawNames lawNames;

	AbstainJudge(AnswerSettings settings, WordClasses wordClasses, PlaceNames placeNames, LawNames lawNames) {
		this.settings = settings;
		this.wordClasses = wordClasses;
		this.placeNames = placeNames;
		this.lawNames = lawNames;
	}

	/**
	 * @param best the best answer unit with the unit after it, or null when none covers
	 * the question
	 */
	Abstain judge(AnalyzedQuestion question, QuestionKind kind, List<ScoredPassage> read, BestUnit best,
			Analyzer analyzer, Vocabulary vocabulary) {
		String asked = kind.label();
		List<String> unknown = new ArrayList<>();
		double total = 0;
		double unknownWeight = 0;
		for (Concept concept : question.concepts()) {
			total += concept.idf();
			if (!concept.known()) {
				unknownWeight += concept.idf();
				unknown.add(concept.word());
			}
		}
		double unknownShare = total == 0 ? 0 : unknownWeight / total;
		if (read.isEmpty()) {
			// Nothing found because the question's words are words the reports never
			// use ("vad säger rapporterna om vargjakt?"): that is the reason to give. An
			// English question's unknown words may be words the glossary lacks (as
			// below), so it is told no passage matched.
			return !question.english() && unknownShare >= OFF_TOPIC_SHARE ? offTopic(0, unknownShare, unknown, asked)
					: new Abstain("no_passages", "no passage matches the question", null, 0, 0, List.of(), asked);
		}
		double coverage = 0;
		StringBuilder found = new StringBuilder();
		StringBuilder titles = new StringBuilder();
		for (ScoredPassage passage : read) {
			coverage = Math.max(coverage, Coverage.of(question, passage.sentences()::holds));
			found.append(passage.passage().text()).append('\n');
			titles.append(passage.passage().title()).append('\n');
		}
		String foundText = found.toString();
		String text = question.question();
		String lower = text.toLowerCase(Locale.ROOT);
		// A term the reports never use asked to be defined ("vad menas med proportionell
		// universalism?"): the question's "menas" is known, and the term would be
		// "answered" by another definition.
		if (kind == QuestionKind.DEFINITION && !question.english() && termUnknown(question)) {
			return abstain("off_topic", "the term asked to be defined is words the reports never use", coverage,
					unknownShare, unknown, asked);
		}
		// "Vem betalar" asks for a payer, not a sum.
		if ((!NOT_ASKING_COST.contains(kind) || COST_QUESTION.matcher(lower).find())
				&& !COUNT_OF_THINGS.matcher(lower).find() && QuestionKind.COST.cuedBy(lower)
				&& !QuestionKind.COST.heldBy(foundText, false)) {
			return abstain("cost_not_in_reports", "the question asks for a cost; the passages found give no sum",
					coverage, unknownShare, unknown, asked);
		}
		// An address or a number asked for itself, and the answer gives none: a person
		// named answers "vem ska jag kontakta", not "vad har hon för telefonnummer".
		if (best != null && kind == QuestionKind.CONTACT && CONTACT_DETAIL_ASKED.matcher(lower).find()
				&& !kind.heldBy(best.answer(), false)) {
			return abstain("contact_not_in_answer",
					"the question asks for an address or a number; the answer gives none", coverage, unknownShare,
					unknown, asked);
		}
		// A date asked, and none of the passages read names a time at all: what they say
		// of the topic does not say when. When something should be done may be said
		// without a date, by a unit that covers the question strongly ("när ska man göra
		// om intressentanalysen?": "bör upprepas med jämna mellanrum"); when something
		// happened only by a date.
		boolean toDo = WHEN_TO_DO.matcher(lower).find();
		if (kind == QuestionKind.WHEN && (best == null || best.coverage() < settings.strongCoverage() || !toDo)
				&& !kind.heldBy(foundText, false)) {
			return abstain("date_not_in_reports", "the question asks when; the passages found name no date", coverage,
					unknownShare, unknown, asked);
		}
		// When something happened or will happen is answered by a time: an answer
		// naming none ("Helikopterplattan ska byggas.") tells what, not when.
		// A year the question itself names ("vision luleå 2050") is no answer to when.
		// A year asked for is answered by a year, not by a day of some month ("när
		// antogs planen, vilket år?" by "brukarråd den 13 oktober").
		String unnamed = best == null || kind != QuestionKind.WHEN ? ""
				: NamedInQuestion.of(text).strippedFrom(best.answer());
		if (best != null && kind == QuestionKind.WHEN && !toDo && (!kind.heldBy(unnamed, false)
				|| YEAR_ASKED.matcher(lower).find() && !YEAR.matcher(unnamed).find())) {
			return abstain("date_not_in_answer", "the question asks when; the answer names no time", coverage,
					unknownShare, unknown, asked);
		}
		for (String year : all(YEAR, text)) {
			// A report's year in its citation ("… – slutrapport (2019)") finds the report
			// a question names by it ("lärprojektet 2024", "the 2014 attachment"), not
			// what happened that year.
			boolean namesReport = namesReport(lower, year);
			String titled = namesReport ? titles.toString() : withoutPublicationYears(titles.toString());
			if (!foundText.contains(year) && !titled.contains(year)) {
				return abstain("year_not_in_reports", "the passages found never mention " + year, year, coverage,
						unknownShare, unknown, asked);
			}
			if (best != null && !speaksOf(namesReport ? best.passage() : withoutPublicationYears(best.passage()),
					Integer.parseInt(year))) {
				return abstain("year_not_in_answer", "the passage that answers best does not speak of " + year, year,
						coverage, unknownShare, unknown, asked);
			}
		}
		// A share is answered by a share, not by a count ("det kom cirka 100 personer").
		if (best != null && Share.asked(lower) && !Share.givenIn(best.text())) {
			return abstain("share_not_in_answer", "the question asks for a share; the best answer gives none", coverage,
					unknownShare, unknown, asked);
		}
		// A figure asked of today (told before a figure missing, which says less):
		// reports written years before give one only where they speak of their own
		// present ("består i dag av 7 personer").
		if (best != null && (kind == QuestionKind.NUMBER || COUNT.matcher(lower).find() || Share.asked(lower))
				&& TODAY_ASKED.matcher(lower).find() && !PRESENT.matcher(best.text() + "\n" + best.context()).find()) {
			return abstain("present_not_in_answer",
					"the question asks for a figure today; the best answer does not speak of the present", coverage,
					unknownShare, unknown, asked);
		}
		// A sum or "free" answers what something costs. An amount or a size may be
		// answered in words by a unit that covers the question strongly; a count of
		// things ("hur många medlemmar") only by a figure in the answer.
		if (best != null && COUNT.matcher(lower).find() && !QuestionKind.holdsCount(best.text())
				&& !(kind == QuestionKind.COST && best.holdsKind())
				&& (best.coverage() < settings.strongCoverage() || COUNT_OF_THINGS.matcher(lower).find()
						&& !COUNT_OF_TIME.matcher(lower).find() && !QuestionKind.holdsCount(best.answer()))) {
			return abstain("number_not_in_answer", "the question asks for a number; the best answer holds none",
					coverage, unknownShare, unknown, asked);
		}
		if (best != null && (LEVEL_ASKED.matcher(lower).find() || STATISTIC_NAMED.matcher(lower).find())
				&& !QuestionKind.holdsCount(best.answer()) && !Share.givenIn(best.answer())) {
			return abstain("number_not_in_answer", "the question asks for a level; the answer gives no figure",
					coverage, unknownShare, unknown, asked);
		}
		for (String law : all(LAW, lower)) {
			if (!writtenKnown(law, analyzer, vocabulary)) {
				return abstain("law_not_in_reports", "the reports never name " + law, asWritten(law, text), coverage,
						unknownShare, unknown, asked);
			}
		}
		// By any of its names: "the Social Services Act" is socialtjänstlagen.
		for (LawNames.Law law : lawNames.in(text)) {
			if (!lawKnown(law, analyzer, vocabulary)) {
				return abstain("law_not_in_reports", "the reports never name " + law.name(), law.asNamedIn(text),
						coverage, unknownShare, unknown, asked);
			}
		}
		for (String name : names(text, question.english())) {
			if (!nameKnown(name, question, analyzer, vocabulary)) {
				return abstain("name_not_in_reports", "the reports never name " + name, asWritten(name, text), coverage,
						unknownShare, unknown, asked);
			}
		}
		// A place is named by its own name: "norrköping" is not known because "norr" is.
		for (String place : knownPlaces(text, question.english())) {
			if (!placeKnown(place, analyzer, vocabulary)) {
				return abstain("name_not_in_reports", "the reports never name " + place, asWritten(place, text),
						coverage, unknownShare, unknown, asked);
			}
		}
		// Names the reports use (in either language) must be named where the answer
		// stands: an answer about Mora does not answer a question about Borlänge.
		Set<String> places = places(text, question.english(), foundText);
		for (String place : places) {
			if (best != null && writtenKnown(place, analyzer, vocabulary) && !named(place, best.passage(), analyzer)) {
				return abstain("place_not_in_answer", "the passage that answers best does not name " + place,
						asWritten(place, text), coverage, unknownShare, unknown, asked);
			}
		}
		// A role asked ("vem var ordförande för styrgruppen") is answered where the role
		// is named: an answer naming others of the organisation does not say who holds
		// it.
		Matcher role = ROLE_ASKED.matcher(lower);
		if (best != null && kind == QuestionKind.WHO && role.find()
				&& !ROLE_NAMED.get(role.group(1).replaceAll("\\s+", " "))
					.matcher(best.passage().toLowerCase(Locale.ROOT))
					.find()) {
			return abstain("role_not_in_answer",
					"the question asks who holds a role; the best answer's passage does not name it", role.group(1),
					coverage, unknownShare, unknown, asked);
		}
		// A person's name asked ("vad heter folkhälsostrategen i botkyrka") is answered
		// by a name: an answer that tells what the person did names no one.
		if (best != null && PERSON_NAME_ASKED.matcher(lower).find() && !PERSON_NAME.matcher(best.answer()).find()) {
			return abstain("person_not_in_answer", "the question asks for a person's name; the answer names no one",
					coverage, unknownShare, unknown, asked);
		}
		// Who took someone's place is answered where a succession is told: an answer
		// naming the one who left ("Lena Törnfeldt slutar i vår") does not say who came.
		if (best != null && kind == QuestionKind.WHO && SUCCESSOR_ASKED.matcher(text).find()
				&& !SUCCESSION_NAMED.matcher(best.text() + "\n" + best.context()).find()) {
			return abstain("successor_not_in_answer",
					"the question asks who took someone's place; the best answer names no succession", coverage,
					unknownShare, unknown, asked);
		}
		if (best != null && OUTCOME_ASKED.matcher(lower).find()
				&& STILL_TO_COME
					.matcher(leadingTo(best) + "\n" + best.context() + "\n" + best.text() + "\n" + best.heading())
					.find()) {
			return abstain("outcome_not_in_reports",
					"the question asks how something turned out; the best answer says it is still to come", coverage,
					unknownShare, unknown, asked);
		}
		// A month narrows the question to a meeting or an event: the answer must speak
		// of it where it stands (a meeting's date is in its title: "minnesanteckningar
		// 16 september"), as a word ("maj", not the start of "majoritet").
		for (String written : all(MONTH, lower)) {
			// The reports name months in Swedish: "March" is spoken of as "mars".
			String month = SWEDISH_MONTHS.getOrDefault(written, written);
			if (best != null && !Pattern.compile("\\b" + Pattern.quote(month) + "\\b", Pattern.UNICODE_CHARACTER_CLASS)
				.matcher((best.context() + "\n" + best.text() + "\n" + best.heading()).toLowerCase(Locale.ROOT))
				.find()) {
				return abstain("month_not_in_answer", "the best answer and its headings do not speak of " + month,
						asWritten(written, text), coverage, unknownShare, unknown, asked);
			}
		}
		// Apart from the place and time it names, the question asks about nothing the
		// reports know ("the voter turnout in Leksand in 2014"): the answer would rest
		// on the name alone.
		Set<String> qualifiers = qualifiers(text, places, analyzer);
		if (!qualifiers.isEmpty() && question.concepts()
			.stream()
			.noneMatch(concept -> concept.known() && !qualifiers.contains(concept.word()))) {
			return abstain("topic_not_in_reports",
					"the question's words beside the place or time it names are words the reports never use", coverage,
					unknownShare, unknown, asked);
		}
		// The answer speaks of the place or time asked about, but of nothing else the
		// question asks ("medellivslängden i malung-sälen" answered by a list of the
		// municipalities that took part): it rests on the name alone. A part of a
		// compound is not the topic ("förlängningen" does not speak of
		// "medellivslängden").
		if (best != null && !qualifiers.isEmpty()) {
			// A contact line names whom to reach about what its passage says before it.
			Set<String> answered = Coverage.terms(analyzer, best.heading() + "\n" + best.context() + "\n" + best.text()
					+ (kind == QuestionKind.CONTACT ? "\n" + best.passage() : ""));
			boolean topicAnswered = question.concepts()
				.stream()
				.filter(concept -> concept.known() && !qualifiers.contains(concept.word()))
				.anyMatch(concept -> concept.terms()
					.stream()
					.anyMatch(term -> term.role() != TermRole.PART && answered.contains(term.term())));
			if (!topicAnswered) {
				return abstain("topic_not_in_answer",
						"the best answer names the place or time asked about, but nothing else the question asks",
						coverage, unknownShare, unknown, asked);
			}
		}
		// Checked after the rules that name what the answer misses ("hur många bor det i
		// mora kommun" is about no topic the reports cover, not only a missing count).
		if (best != null && countOfOther(question, lower, best, analyzer)) {
			return abstain("count_not_in_answer", "the question counts something the answer gives no count of",
					coverage, unknownShare, unknown, asked);
		}
		// Most of a Swedish question is words the reports never use ("vad säger
		// rapporterna om vargjakt?"): what the passages found share with it is the small
		// rest (an English one holds words the glossary does not translate). A question
		// asked in the asker's own words ("vabbandet") turns on one such word among
		// several known ones, and its best unit covers what is known strongly.
		if (!question.english() && unknownShare >= OFF_TOPIC_SHARE
				&& (best == null || best.coverage() < settings.strongCoverage())) {
			return offTopic(coverage, unknownShare, unknown, asked);
		}
		if (coverage < settings.minCoverage()) {
			return abstain("low_coverage", "the best passages cover too little of the question", coverage, unknownShare,
					unknown, asked);
		}
		return null;
	}

	/**
	 * Whether the question names a report by the year: "slutrapporten 2019", "the 2014
	 * attachment".
	 */
	private static boolean namesReport(String lower, String year) {
		Matcher named = REPORT_YEAR.matcher(lower);
		while (named.find()) {
			if (year.equals(named.group(1)) || year.equals(named.group(2))) {
				return true;
			}
		}
		return false;
	}

	/** Titles without the year a citation adds to them ("… – slutrapport (2019)"). */
	private static String withoutPublicationYears(String text) {
		return PUBLICATION_YEAR.matcher(text).replaceAll("");
	}

	/** Whether every word of the term a definition question asks about is unknown. */
	private static boolean termUnknown(AnalyzedQuestion question) {
		List<Concept> term = DefinedTerm.termOf(question);
		return !term.isEmpty() && term.stream().noneMatch(Concept::known);
	}

	private static Abstain offTopic(double coverage, double unknownShare, List<String> unknown, String asked) {
		return abstain("off_topic", "most of the question's weight is words the reports never use", coverage,
				unknownShare, unknown, asked);
	}

	/**
	 * Whether a question counts things ("hur många kommuner") that the answer holds no
	 * count of, while it counts something else: "två rekommendationer" does not answer
	 * "hur många deltagare".
	 */
	private boolean countOfOther(AnalyzedQuestion question, String lower, BestUnit best, Analyzer analyzer) {
		Matcher thing = COUNT_OF_THINGS.matcher(lower);
		if (!thing.find() || COUNT_OF_TIME.matcher(lower).find()) {
			return false;
		}
		String word = lower.substring(thing.start(), thing.end()).replaceFirst("^\\S+\\s+\\S+\\s+", "");
		if (question.english() || word.length() < MIN_THING_LETTERS || wordClasses.neverNoun(word)) {
			return false;
		}
		CountedThing counted = CountedThing.of(question, analyzer);
		return !counted.terms().isEmpty() && !counted.namedWithACountIn(best.answer(), analyzer)
				&& !counted.namedWithACountIn(best.text(), analyzer);
	}

	private static Abstain abstain(String reason, String detail, double coverage, double unknownShare,
			List<String> unknown, String asked) {
		return abstain(reason, detail, null, coverage, unknownShare, unknown, asked);
	}

	private static Abstain abstain(String reason, String detail, String subject, double coverage, double unknownShare,
			List<String> unknown, String asked) {
		return new Abstain(reason, detail, subject, round(coverage), round(unknownShare), unknown, asked);
	}

	/**
	 * A subject found as a word in the question's lower-cased text, as the question wrote
	 * it ("Hedemora" for "hedemora"); as given where lower-casing changes the text's
	 * length.
	 */
	private static String asWritten(String subject, String question) {
		String lower = question.toLowerCase(Locale.ROOT);
		if (lower.length() != question.length()) {
			return subject;
		}
		Matcher word = Pattern
			.compile("(?<![\\p{L}\\d])" + Pattern.quote(subject) + "(?![\\p{L}\\d])", Pattern.UNICODE_CHARACTER_CLASS)
			.matcher(lower);
		return word.find() ? question.substring(word.start(), word.end()) : subject;
	}

	private static Map.Entry<String, Pattern> role(String asked, String named) {
		return Map.entry(asked, Pattern.compile(named));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/**
	 * Places named before "kommun", "stad" … or after "region", capitalised words inside
	 * a Swedish question (an English one capitalises names the glossary may not hold:
	 * "Sweden's"), and abbreviations in capitals in either.
	 */
	private Set<String> names(String question, boolean english) {
		Set<String> names = new LinkedHashSet<>();
		addPlaceNames(PLACE, question, english, names);
		addPlaceNames(REGION_NAMED, question, english, names);
		if (!english) {
			all(NAME, question).forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
		}
		all(ACRONYM, question).forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
		return names;
	}

	/**
	 * Sweden's places the question names, typed in any case: a name that is also a word
	 * ("sala", "mark", "berg") only when capitalised inside the question, and in an
	 * English question only so ("kinda" is chat, "Kinda" a municipality).
	 */
	private Set<String> knownPlaces(String question, boolean english) {
		Set<String> places = new LinkedHashSet<>();
		for (PlaceNames.Mention mention : placeNames.in(question)) {
			boolean capitalised = mention.capitalised() && mention.start() > 0;
			if (capitalised || !english && !wordClasses.knows(mention.name())) {
				places.add(mention.name());
			}
		}
		return places;
	}

	/**
	 * The words a pattern's first group names as places in a question, in lower case, but
	 * for words that stand where a name would and are none: "varje kommun", "vad gör
	 * kommunen". A word capitalised inside the question is a name whatever else it can be
	 * ("i Sala kommun"). In English a place is one of Sweden's or a capitalised word
	 * inside the question ("why don't the stats match Region Dalarna's").
	 */
	private void addPlaceNames(Pattern pattern, String question, boolean english, Set<String> names) {
		Matcher place = pattern.matcher(question);
		while (place.find()) {
			String written = place.group(1);
			String name = written.toLowerCase(Locale.ROOT);
			if (FUNCTION_WORDS.contains(name) && !placeNames.has(name)) {
				continue;
			}
			// "Sala kommun, vad …" names a place even as the question's first word; "Gör
			// kommunen …" does not: a place stands before the word's bare form.
			boolean bareKind = place.groupCount() > 1
					&& INDEFINITE_KINDS.contains(place.group(2).toLowerCase(Locale.ROOT));
			// English capitalises a question's first word and a nationality ("Every
			// municipality", "Which Swedish municipality"): there a word is a place when
			// Sweden's places hold it, or when it stands capitalised inside the question
			// and reads as no adjective.
			if (english) {
				if (placeNames.has(name) || Character.isUpperCase(written.charAt(0)) && place.start(1) > 0
						&& !ENGLISH_ADJECTIVE.matcher(name).find()) {
					names.add(name);
				}
				continue;
			}
			boolean capitalised = Character.isUpperCase(written.charAt(0)) && (place.start(1) > 0 || bareKind);
			if (capitalised || bareKind && placeNames.has(name)
					|| !PLACE_WORDS_NOT_NAMES.contains(name) && !wordClasses.neverNoun(name)) {
				names.add(name);
			}
		}
	}

	/**
	 * The places a question is about: named before "kommun", "stad" …, or after "i",
	 * "in".
	 */
	private Set<String> places(String question, boolean english, String found) {
		Set<String> places = new LinkedHashSet<>();
		addPlaceNames(PLACE, question, english, places);
		Matcher asked = PLACE_ASKED.matcher(question);
		while (asked.find()) {
			// "in October" names a time, not a place.
			if (!MONTH.matcher(asked.group(1)).matches()) {
				places.add(asked.group(1).toLowerCase(Locale.ROOT));
			}
		}
		Matcher typed = PLACE_TYPED.matcher(question);
		String lowerFound = null;
		Set<String> named = null;
		while (typed.find()) {
			lowerFound = lowerFound != null ? lowerFound : found.toLowerCase(Locale.ROOT);
			// read from the passages once, on the first word typed where a place would
			// stand that they hold before a place's kind
			String word = typed.group(1);
			// "länets kommuner" names no place "länet": a word the dictionary knows is a
			// place only when the places list holds it ("mora"). Asked first, since it
			// needs no passages.
			if (!placeNames.has(word) && wordClasses.knows(word) || named == null && !beforeKind(word, lowerFound)) {
				continue;
			}
			named = named != null ? named : namedPlaces(lowerFound);
			if (named.contains(word)) {
				places.add(word);
			}
		}
		return places;
	}

	/**
	 * Whether the passages (in lower case) hold the word before "kommun", "stad" …, a
	 * superset of where {@link #PLACE} reads it as a place's name: where they do not,
	 * {@link #namedPlaces} cannot name it (reading all their places, the pattern tried at
	 * every character, was most of judging places).
	 */
	private static boolean beforeKind(String word, String found) {
		// Most typed words stand nowhere in the passages: no pattern is compiled for
		// them.
		return found.contains(word) && Pattern
			.compile(Pattern.quote(word) + PLACE_KIND, Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE)
			.matcher(found)
			.find();
	}

	/**
	 * The words the passages found name as places: before "kommun", "stad" …
	 * ("Malung-Sälens kommun", "Borås Stad").
	 */
	private static Set<String> namedPlaces(String lowerFound) {
		Set<String> named = new HashSet<>();
		Matcher place = PLACE.matcher(lowerFound);
		while (place.find()) {
			named.add(place.group(1));
		}
		return named;
	}

	/**
	 * The terms of what narrows a question to a place or a time (the places it is about,
	 * the years and months it names): an answer must also hold what is asked about them.
	 */
	private static Set<String> qualifiers(String question, Set<String> places, Analyzer analyzer) {
		Set<String> words = new LinkedHashSet<>(places);
		// The word for a place's kind is part of its name: "orsa kommun" asks about Orsa,
		// not about municipalities.
		for (Pattern named : List.of(PLACE, REGION_NAMED)) {
			Matcher place = named.matcher(question);
			while (place.find()) {
				if (places.contains(place.group(1).toLowerCase(Locale.ROOT))) {
					words.add(place.groupCount() > 1 ? place.group(2) : "region");
				}
			}
		}
		words.addAll(all(YEAR, question));
		all(MONTH, question).forEach(month -> words.add(month.toLowerCase(Locale.ROOT)));
		Set<String> terms = new LinkedHashSet<>();
		for (String word : words) {
			terms.addAll(SwedishAnalysis.tokens(analyzer, word));
		}
		return terms;
	}

	/** Whether a text names a year, or a span of years holding it. */
	private static boolean speaksOf(String text, int year) {
		if (text.contains(String.valueOf(year))) {
			return true;
		}
		Matcher span = YEARS.matcher(text);
		while (span.find()) {
			if (Integer.parseInt(span.group(1)) <= year && year <= Integer.parseInt(span.group(2))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a text names what the question names: the name itself or a compound it
	 * leads or that leads it ("Leksands kommun", "Leksandsmötet").
	 */
	private boolean named(String name, String text, Analyzer analyzer) {
		List<String> tokens = SwedishAnalysis.tokens(analyzer, name);
		if (tokens.isEmpty()) {
			return true;
		}
		String written = tokens.get(0);
		// A word that begins with the name names it unless it is a word of its own:
		// "Hedemora" does not name Mora, nor "orsakerna" Orsa; "Moraborna" and
		// "Leksandsmötet" do. The name as typed first: its analysed form may be another
		// word's lemma ("mora" is a form of "mor").
		String lower = text.toLowerCase(Locale.ROOT);
		for (String form : new LinkedHashSet<>(List.of(name, written))) {
			Matcher word = Pattern.compile("\\b" + Pattern.quote(form) + "\\p{L}*", Pattern.UNICODE_CHARACTER_CLASS)
				.matcher(lower);
			while (word.find()) {
				if (namesBy(word.group(), form)) {
					return true;
				}
			}
		}
		for (String term : Coverage.terms(analyzer, text)) {
			if (term.length() >= MIN_NAME_PREFIX && (written.startsWith(term) || term.startsWith(written))
					&& namesBy(term, written)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a word beginning with (or begun by) a name is the name or a compound of it.
	 */
	private boolean namesBy(String word, String name) {
		return word.equals(name) || word.equals(name + "s") || !wordClasses.knows(word);
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	/**
	 * Whether the reports use a name, a typo of it, its translation from the glossary (an
	 * alternative that is not a part of the word: "Sweden" is "Sverige"), or the name
	 * that leads it as a compound ("Leksandsmötet" is a meeting in Leksand).
	 */
	private static boolean nameKnown(String name, AnalyzedQuestion question, Analyzer analyzer, Vocabulary vocabulary) {
		List<String> tokens = SwedishAnalysis.tokens(analyzer, name);
		if (tokens.isEmpty() || vocabulary.hasNear(tokens.get(0))) {
			return true;
		}
		String written = tokens.get(0);
		return question.concepts()
			.stream()
			.filter(concept -> concept.word().equals(written))
			.flatMap(concept -> concept.terms().stream())
			// A word of like meaning from the general lexicon is another word, not the
			// name.
			.filter(term -> term.role() != TermRole.RELATED)
			.anyMatch(term -> vocabulary.has(term.term()) && (term.role() == TermRole.PART
					? written.startsWith(term.term()) : !written.contains(term.term())));
	}

	/**
	 * Whether the reports use a place's name from the list as typed, every word of it: it
	 * was typed right, so one letter off is another place ("lidköping" is not
	 * "linköping"), and "upplands väsby" or "dals-ed" is not named because "uppland" or
	 * "dal" is.
	 */
	private static boolean placeKnown(String place, Analyzer analyzer, Vocabulary vocabulary) {
		return SwedishAnalysis.tokens(analyzer, place).stream().allMatch(vocabulary::has);
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

	/**
	 * Whether the reports name a law: by its Swedish name when that is one word (a typo
	 * away counts, as for any word), or by an abbreviation exactly.
	 */
	private static boolean lawKnown(LawNames.Law law, Analyzer analyzer, Vocabulary vocabulary) {
		return law.oneWord() && writtenKnown(law.name(), analyzer, vocabulary) || law.abbreviations()
			.stream()
			.map(abbreviation -> SwedishAnalysis.tokens(analyzer, abbreviation))
			.anyMatch(tokens -> !tokens.isEmpty() && vocabulary.has(tokens.get(0)));
	}

	/**
	 * Whether the reports use the word itself (or a typo of it), not just parts of it:
	 * "socialtjänstlagen" is not known because "lag" is.
	 */
	private static boolean writtenKnown(String word, Analyzer analyzer, Vocabulary vocabulary) {
		List<String> tokens = SwedishAnalysis.tokens(analyzer, word);
		return tokens.isEmpty() || vocabulary.hasNear(tokens.get(0));
	}

}
