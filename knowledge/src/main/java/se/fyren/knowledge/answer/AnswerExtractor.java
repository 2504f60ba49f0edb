package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Citation;
import se.fyren.knowledge.Passage;
import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.analysis.MunicipalitiesAsked;
import se.fyren.knowledge.analysis.PlaceNames;
import se.fyren.knowledge.analysis.WordClasses;
import se.fyren.knowledge.chunk.ContactBlock;
import se.fyren.knowledge.index.IndexedPassage;
import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.AskersContext;
import se.fyren.knowledge.search.Concept;
import se.fyren.knowledge.search.Coverage;

/**
 * An extractive answer from one report: its answer units (sentences, and lists with their
 * lead-ins) that cover most of the question, weighted by how rare each covered word is,
 * preferring units that hold what the question asks for (a date for "när", a list for
 * "vilka" …). When the evidence says the reports do not hold the answer (see
 * {@link AbstainJudge}), the answer is "not found" with the reason.
 */
public final class AnswerExtractor {

	// Shorter units are mostly labels, headings and table cells: they rarely answer
	// anything, but for a name on a line with its role ("Barbro Stammäs, Sekreterare"),
	// asked who. A bare role ("Ordförande", "Region Dalarna") is still a label.
	private static final double SHORT_UNIT = 40;

	// How much of an answer's least coverage a unit that gives the time asked must have
	// of its own when it leads only with the sentence before it and its headings read
	// (see answer): half names the topic by some word of its own.
	private static final double OWN_COVERAGE_SHARE = 0.5;

	// How steeply a supporting unit's weight falls with its passage's retrieval score
	// below the best passage's: squared, so that a passage scored nearly as high as the
	// best counts nearly as much and one scored far lower hardly counts (1 lost a
	// question that 2 and 3 keep on the validation sets).
	private static final double SUPPORT_SCORE_POWER = 2;

	// A line this short that ends in no sentence mark is a heading or a label
	// ("Verksamhetschef Leksands vårdcentral", "Barnhälsoteam på Familjecentralen
	// VillGott i Ludvika"): it names what the answer is about and says nothing of it.
	private static final int MAX_LABEL_WORDS = 12;

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?:…]\\s*$");

	// Enough of an item's opening to tell it, short enough to stand before a cut's "…".
	private static final int ITEM_OPENING_CHARS = 40;

	// An item shorter than this (a place, a name) does not tell one list from another.
	private static final int MIN_ITEM_OPENING_CHARS = 15;

	// A sentence's end, perhaps inside a quotation or a parenthesis ("… för alla.”").
	private static final Pattern STOPPED = Pattern.compile("[.!?:…][”’»\"')\\]]*\\s*$");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private final AnswerSettings settings;

	private final AbstainJudge judge;

	private final ChatWords chatWords = new ChatWords();

	private final QuestionNames questionNames;

	private final WordClasses wordClasses;

	// Sections' heading paths and lists' headings, analysed once for all questions.
	private final HeadingTerms headingTerms = new HeadingTerms();

	/**
	 * @param wordClasses what the dictionary says a word can be, to tell names
	 */
	public AnswerExtractor(AnswerSettings settings, WordClasses wordClasses) {
		this.settings = settings;
		this.wordClasses = wordClasses;
		this.questionNames = new QuestionNames(wordClasses, PlaceNames.swedish());
		this.judge = new AbstainJudge(settings, wordClasses, this.questionNames, LawNames.swedish());
	}

	/**
	 * @param score how well the unit leads an answer: its coverage, weighted by its
	 * passage's rank; the best unit is the one the answer opens with and the evidence the
	 * abstain judgement reads
	 * @param support how well the unit supports the answer the best unit leads: its
	 * coverage, weighted by its passage's retrieval score relative to the best passage's
	 * (see {@link #supportWeight})
	 */

	/**
	 * @param onTopic whether the unit speaks of what the question asks about, not only of
	 * how it asks: a sentence that shares only "betyder" with "vad betyder det sociala
	 * kontraktet" supports no answer to it
	 */
	private record Candidate(AnswerUnit unit, String text, double coverage, double score, double support, boolean holds,
			boolean onTopic) {
	}

	/**
	 * @param known the kind of the question as asked, worked out already (see
	 * {@link KindAsked})
	 * @param vocabulary the reports' words, to tell what they never name
	 * @param following the passages after a passage, where a list that runs to its
	 * passage's end goes on
	 */
	public Answer answer(AnalyzedQuestion analyzed, KindAsked known, List<ScoredPassage> ranked, Analyzer analyzer,
			Vocabulary vocabulary, FollowingPassages following) {
		AnalyzedQuestion whole = chatWords.without(analyzed, analyzer).content();
		AnalyzedQuestion asked = AskersContext.without(whole, analyzer);
		Answer answer = answer(whole, asked, known, ranked, analyzer, vocabulary, following);
		// What the asker said of their own work was the topic after all when nothing
		// else the question names is found.
		boolean noneFound = !answer.found() && answer.abstain() != null
				&& Abstain.NO_PASSAGES.equals(answer.abstain().reason());
		return noneFound && asked != whole ? answer(whole, whole, known, ranked, analyzer, vocabulary, following)
				: answer;
	}

	/**
	 * @param whole the question as asked, for the judge
	 * @param picking the question that picks the answer: without what the asker says of
	 * their own work
	 */
	private Answer answer(AnalyzedQuestion whole, AnalyzedQuestion picking, KindAsked known, List<ScoredPassage> ranked,
			Analyzer analyzer, Vocabulary vocabulary, FollowingPassages following) {
		QuestionKind kind = known.kindOf(picking.question());
		AnalyzedQuestion question = kind == QuestionKind.DURATION ? withoutCue(picking, kind) : picking;
		NamedInQuestion named = NamedInQuestion.of(question.question());
		SectionsAsked sectionsAsked = SectionsAsked.of(question.question());
		DefinedTerm defined = kind == QuestionKind.DEFINITION ? DefinedTerm.of(question) : DefinedTerm.NONE;
		CountedThing counted = kind == QuestionKind.NUMBER ? CountedThing.of(question, analyzer) : CountedThing.NONE;
		ListAsked listed = kind == QuestionKind.LIST ? ListAsked.of(question, analyzer, wordClasses) : ListAsked.NONE;
		List<ScoredPassage> read = ranked.subList(0, Math.min(settings.passagesRead(), ranked.size()));
		boolean listAsked = kind == QuestionKind.LIST;
		boolean polar = kind == QuestionKind.OTHER && PolarQuestion.asked(question.question());
		// A list asked by its count ("alla fem") is held by a list, not by a sentence
		// that names a few things in passing ("planering, uppföljning/analys och
		// åtgärder").
		boolean countedList = listAsked && listed.count() > 0;
		boolean definitionAsked = kind == QuestionKind.DEFINITION;
		boolean contactAsked = kind == QuestionKind.CONTACT;
		// A person asked for may be named on a contact line ("Hanna Lundgren,
		// Folkhälsostrateg, hanna.lundgren@borlange.se") that closes a municipality's
		// page.
		boolean contactAnswers = contactAsked || kind == QuestionKind.WHO;
		// Asked which municipality or town, a unit that names one holds the answer.
		boolean placeAsked = MunicipalitiesAsked.which(question.question().toLowerCase(Locale.ROOT));
		Set<String> placesInQuestion = placeAsked ? questionNames.knownPlaces(question.question(), false) : Set.of();
		// Asked whom to reach about a place, another municipality's contact does not
		// answer.
		Set<String> contactPlaces = contactAnswers ? questionNames.knownPlaces(question.question(), question.english())
				: Set.of();
		// A term is often defined once, under a heading that names it in other words, and
		// a contact is given once, at the end of what it is for: a definition or a
		// contact none of the passages read holds is looked for in all found.
		boolean foundOnce = answeredOnce(kind);
		int readForUnits = Math.min(
				listAsked ? settings.listPassagesRead() : foundOnce ? ranked.size() : settings.passagesRead(),
				ranked.size());
		// What a contact is asked about: "kontakta" names no topic ("Kontaktpersoner"
		// heads every page's contacts).
		AnalyzedQuestion contactTopic = contactAnswers ? withoutCue(question, QuestionKind.CONTACT) : question;
		List<Candidate> candidates = new ArrayList<>();
		// Asked a figure of each, a unit that gives one answers (see below).
		boolean eachAsked = kind == QuestionKind.NUMBER
				&& FigureOfEach.asked(question.question().toLowerCase(Locale.ROOT));
		// Asked when or a figure of each, the unit before each unit read, for what a
		// sentence that names its topic by a pronoun or a general word ("Databasen
		// innehåller …") is about.
		boolean readBefore = kind == QuestionKind.WHEN || eachAsked;
		Map<AnswerUnit, AnswerUnit> before = new IdentityHashMap<>();
		Captions captions = new Captions(ranked.subList(0, readForUnits).stream().map(ScoredPassage::passage).toList());
		boolean figureAsked = Captions.asked(question.question());
		boolean linksAsked = AnswerText.linksAsked(question.question());
		boolean readingAsked = ReadingLists.asked(question.question());
		Set<String> asked = termsOf(question);
		AnalyzedQuestion topic = definitionAsked ? question.withConcepts(DefinedTerm.termOf(question)) : question;
		for (int rank = 0; rank < readForUnits; rank++) {
			ScoredPassage passage = ranked.get(rank);
			boolean beyondRead = rank >= read.size();
			if (beyondRead && foundOnce && candidates.stream().anyMatch(Candidate::holds)) {
				break;
			}
			SaidBefore said = new SaidBefore(headingTerms, analyzer);
			// Lists guessed from layout are read for a list asked, and for what a contact
			// line closes (see SaidBefore); any other question passes them over.
			List<AnswerUnit> units = AnswerUnit.of(passage.passage(), passage.sentences(), listAsked || contactAnswers);
			List<AnswerUnit> cited = readingAsked ? List.of() : ReadingLists.in(units);
			for (int at = 1; readBefore && at < units.size(); at++) {
				before.put(units.get(at), units.get(at - 1));
			}
			for (AnswerUnit found : units) {
				if (cited.stream().anyMatch(unit -> unit == found)) {
					continue;
				}
				// A contact line ("Eva Larsson eva.larsson@mora.se") closes what it names
				// whom to reach about: it covers what the passage says up to it, every
				// unit read or not. The text after it is often another municipality's
				// page.
				if (contactAnswers) {
					said.add(found);
				}
				boolean aList = listAsked && found.list();
				AnswerUnit unit = aList ? continued(found, following) : found;
				if (beyondRead && !aList && !foundOnce || found.guessed() && !listAsked
						|| sectionsAsked.elsewhere(unit)) {
					continue;
				}
				// A contact line that may answer keeps its addresses. Asked for
				// a contact, every unit keeps them and its contact lines are the
				// units that hold the kind asked: only a question for a person
				// looks for one here.
				boolean contactGiven = contactAnswers && !contactAsked
						&& QuestionKind.CONTACT.heldBy(unit.text(), false);
				String text = AnswerText.clean(unit.text(), unit.list(), figureAsked, contactAsked || contactGiven,
						linksAsked);
				if (text == null) {
					continue;
				}
				// Holding the kind asked only adds to a unit's merit, and a unit that
				// covers nothing of the question (most of a passage) has little (a share
				// of what its headings cover, see situated): it is not read for the kind.
				// Below the passages read a unit is let in for holding
				// the kind, and a definition or a contact is looked for in every unit,
				// so there every unit is read for it.
				boolean everyUnit = foundOnce || beyondRead;
				Set<String> unitTerms = everyUnit ? null : terms(unit, question, asked, captions, analyzer);
				boolean judged = everyUnit || Coverage.of(question, unitTerms) > 0;
				// A list whose lead-in names what is asked, or that holds as many
				// items as the question counts, is the list asked for. One read from
				// a sentence's commas alone holds a list only then: "i Leksands,
				// Rättviks och Gagnefs kommun" is no answer to "vilka delar".
				// A heading that names places or parts with commas ("Kommunsida –
				// Leksand, Rättvik och Gagnef") is read as a list, but it heads a page:
				// it leads in no list asked for.
				boolean leadInNames = judged && aList && !heading(unit) && listed.namedBy(unit, analyzer);
				boolean numbered = judged && aList && listed.countedBy(unit);
				// Asked which municipality or town, a unit holds the answer only by
				// naming one besides the question's, whatever else it holds: a list or
				// a figure does not tell which (every unit the question covers is then
				// read for places, the dearer test). Otherwise stripping only takes
				// away: a unit that does not hold the kind as written need not be
				// stripped, and most do not; one the question names nothing of is not
				// read again.
				// Asked why, a sentence whose reason the next one gives, referring back
				// ("En projektgrupp … deltog i respektive programarbete. Detta för att
				// fördela ansvar …"), holds the reason: the answer quotes the two
				// together. Asked yes or no, a sentence that says how far a thing holds
				// ("kan endast anskaffas av regioner") answers, even one that covers
				// less of the question than its neighbours (it often names the topic by
				// a general word: "Databasen kan endast …").
				boolean holds = judged && !(contactAnswers && questionNames.contactElsewhere(text, contactPlaces))
						&& (placeAsked ? !questionNames.municipalitiesNamedBesides(text, placesInQuestion).isEmpty()
								: kind == QuestionKind.WHY && reasonAfter(unit, units)
										|| polar && PolarQuestion.answeredBy(text)
										|| (kind == QuestionKind.DEFINITION ? defined.definedIn(text)
												: unit.prose() ? leadInNames || numbered
														: (!countedList || unit.list())
																&& kind.heldBy(text, unit.list())
																&& heldWithout(kind, named, text, unit.list())));
				if (beyondRead && !aList && !holds) {
					continue;
				}
				if (unitTerms == null) {
					unitTerms = terms(unit, question, asked, captions, analyzer);
				}
				double coverage = Coverage.of(question, unitTerms);
				double situated = unit.list() ? coverage : situated(question, unitTerms, coverage, unit, analyzer);
				boolean onTopic = !definitionAsked || topic.isEmpty() || Coverage.of(topic, unitTerms) > 0;
				boolean contactLine = contactAsked ? holds : contactGiven && holds && coverage > 0;
				// What a contact line closes must name the question's topic: a page that
				// shares only a part of its compound ("projekt" of "lärprojektet") is
				// another's page, and its contacts another's.
				double topical = contactLine
						? Math.max(coverage, Coverage.namesMoreThanParts(contactTopic, said.terms()::contains)
								? Coverage.of(question, said.terms()) : 0)
						: situated;
				// A definition or a contact found below the passages read is the only one
				// there is.
				double decay = beyondRead && foundOnce ? 1
						: 1 - (aList ? settings.listRankDecay() : settings.rankDecay()) * rank;
				// A count of the thing asked about is the answer; a count of something
				// else ("efter tre år") is only a figure.
				boolean counts = holds && counted.countedIn(text, analyzer);
				double merit = topical
						* (holds && kind == QuestionKind.WHO && PersonRules.namedWithRole(text) ? 1
								: Math.min(1, text.length() / SHORT_UNIT))
						* (holds ? 1 + settings.kindBoost() : 1) * (counts ? 1 + settings.kindBoost() : 1)
						* (leadInNames ? 1 + settings.kindBoost() : 1) * (numbered ? 1 + settings.kindBoost() : 1);
				// A list asked for is weighed by its rank alone: the passage holding
				// it is often not the one that names the question's words most often.
				double support = merit * (aList ? decay : supportWeight(passage, ranked.get(0)));
				candidates.add(new Candidate(unit, text, coverage, merit * decay, support, holds, onTopic));
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::support).reversed());
		// Of units that score the same (contact lines covering what their passage says),
		// the one that names most of the question itself leads.
		Comparator<Candidate> leading = Comparator.comparingDouble(Candidate::score)
			.thenComparingDouble(Candidate::coverage);
		Candidate first = candidates.stream().max(leading).orElse(null);
		// Asked which municipality, only a unit that names one answers (the abstain
		// judge refuses any other): one of the first unit's report leads, however much
		// more of the question's words the first repeats, and one of another report
		// read only when the first's names none ("vilka kommuner var med i lärprojektet
		// dalarna har inte råd med fattigdom" repeats the title of the invitation, whose
		// units name no municipality; the report names them). Never one that covers less
		// of the question than an answer must (one hold-out and one read question the
		// reports do not answer were answered by such a unit): a unit that answers holds
		// what is asked and covers that much.
		Predicate<Candidate> answers = c -> c.holds() && c.score() > 0 && c.coverage() >= settings.minCoverage();
		Candidate lead = placeAsked && first != null && !first.holds() ? candidates.stream()
			.filter(answers.and(c -> c.unit().passage().doc().equals(first.unit().passage().doc())))
			.max(leading)
			.or(() -> candidates.stream().filter(answers).max(leading))
			.orElse(first) : first;
		// Asked when, a unit that names a time answers, and asked a figure of each,
		// one that gives a figure of each (the judge refuses any other): when neither
		// the first unit nor another of its passage does, the best of the passages
		// read that does leads, if it covers the question as well. One that covers
		// less answered two hold-out questions the reports do not answer.
		Predicate<Candidate> answersWhatIsAsked = kind == QuestionKind.WHEN ? Candidate::holds
				: eachAsked ? c -> c.holds() && FigureOfEach.givenIn(c.text()) : null;
		if (answersWhatIsAsked != null && lead != null && !answersWhatIsAsked.test(lead)) {
			Candidate unanswered = lead;
			boolean inItsPassage = candidates.stream()
				.anyMatch(c -> answersWhatIsAsked.test(c) && c.score() > 0 && samePassage(c.unit(), unanswered.unit()));
			if (!inItsPassage) {
				// Each read with the unit before it and its headings: the sentence that
				// gives the time often names its topic by a pronoun or a general word
				// ("Databasen innehåller uppgifter … åren 1997–2015"). One must still
				// name some of the question itself: a sentence of another topic under the
				// same heading does not answer.
				double covered = Math.max(settings.minCoverage(), unanswered.coverage());
				lead = candidates.stream()
					.filter(c -> answersWhatIsAsked.test(c) && c.score() > 0
							&& c.coverage() >= settings.minCoverage() * OWN_COVERAGE_SHARE)
					.filter(c -> inContext(question, c.unit(), before.get(c.unit()), analyzer) >= covered)
					.max(leading)
					.orElse(lead);
			}
		}
		Candidate answering = lead == null ? null : listLedIn(lead, candidates);
		Candidate best = answering == null || answering.score() <= 0 ? null
				: listAsked ? answering : itemOrList(answering, candidates, question, kind, analyzer);
		Answer composed = best == null ? null
				: compose(question, kind, asked, sectionsAsked, best, candidates, ranked, following);
		Abstain abstain = judge.judge(whole, kind, read,
				best == null ? null : bestUnit(best, candidates, kind, composed.text()), analyzer, vocabulary);
		if (best == null || abstain != null) {
			Abstain why = abstain != null ? abstain : new Abstain(Abstain.NO_PASSAGES, "no passage covers the question",
					null, 0, 0, List.of(), kind.label());
			return new Answer(question.question(), false, "", List.of(), ranked, why);
		}
		return composed;
	}

	/**
	 * The question without the words that ask how long ("hur lång tid", "how long"): they
	 * ask for the kind, not about the topic, and a sentence that says "under lång tid
	 * (cirka 10 år)" of something else would cover them. The question itself when they
	 * are all it holds.
	 */
	private static AnalyzedQuestion withoutCue(AnalyzedQuestion question, QuestionKind kind) {
		List<String> cue = List.of(SPACE.split(kind.cueIn(question.question())));
		List<Concept> topic = question.concepts()
			.stream()
			.filter(concept -> concept.phrase() == null
					|| !cue.containsAll(List.of(SPACE.split(concept.phrase().toLowerCase(Locale.ROOT)))))
			.toList();
		return topic.isEmpty() ? question : question.withConcepts(topic);
	}

	/**
	 * The terms of a passage's units up to a contact line, worked out only when one is
	 * met: a list's heading is analysed per question, and most passages a who-question
	 * reads hold no contact line (a fifth of such a question's time went to lists' terms
	 * no contact line needed).
	 */
	private static final class SaidBefore {

		private final HeadingTerms headings;

		private final Analyzer analyzer;

		private final List<AnswerUnit> units = new ArrayList<>();

		private final Set<String> terms = new HashSet<>();

		private int added;

		SaidBefore(HeadingTerms headings, Analyzer analyzer) {
			this.headings = headings;
			this.analyzer = analyzer;
		}

		void add(AnswerUnit unit) {
			units.add(unit);
		}

		Set<String> terms() {
			for (; added < units.size(); added++) {
				terms.addAll(units.get(added).contextTerms(headings, analyzer));
			}
			return terms;
		}

	}

	/**
	 * A sentence's coverage of the question with a share of what its section's heading
	 * path adds ({@link AnswerSettings#sectionShare}): a sentence under "BORÅS GYM I
	 * SAMVERKAN FÖR EN DOPNINGSFRI MILJÖ" is about Borås and doping without naming them,
	 * while one that names the question's words itself still counts for more. A sentence
	 * that names nothing of the question gets that share too: under a heading the
	 * question names, the sentences that answer often repeat none of its words ("Gymmen
	 * eller föreningarna skriver kontrakt …"); left out, the read sets lost two right
	 * answers and the hold-outs three.
	 */
	private double situated(AnalyzedQuestion question, Set<String> unitTerms, double coverage, AnswerUnit unit,
			Analyzer analyzer) {
		String path = unit.section();
		if (settings.sectionShare() == 0 || coverage >= 1 || path == null || path.isBlank()) {
			return coverage;
		}
		Set<String> under = headingTerms.of(analyzer, path);
		double inSection = Coverage.of(question, term -> unitTerms.contains(term) || under.contains(term));
		return coverage + settings.sectionShare() * (inSection - coverage);
	}

	/**
	 * How much of the question a unit covers read with the unit before it in its passage
	 * and its section's headings.
	 */
	private double inContext(AnalyzedQuestion question, AnswerUnit unit, AnswerUnit previous, Analyzer analyzer) {
		Set<String> terms = new HashSet<>(unit.contextTerms(headingTerms, analyzer));
		if (previous != null) {
			terms.addAll(previous.contextTerms(headingTerms, analyzer));
		}
		if (unit.section() != null && !unit.section().isBlank()) {
			terms.addAll(headingTerms.of(analyzer, unit.section()));
		}
		return Coverage.of(question, terms);
	}

	/**
	 * Whether a unit holds the kind asked for without the question's own figures and
	 * names.
	 */
	private static boolean heldWithout(QuestionKind kind, NamedInQuestion named, String text, boolean list) {
		String stripped = named.strippedFrom(text);
		return stripped == text || kind.heldBy(stripped, list);
	}

	/**
	 * How much a unit of a passage supports an answer, by how close the passage's
	 * retrieval score comes to the best passage's. Rank alone would weigh a passage
	 * scored nearly as high as the best like one scored far below it; the sentence that
	 * answers often stands in the second or third passage, beside the one that restates
	 * the question.
	 */
	private static double supportWeight(ScoredPassage passage, ScoredPassage first) {
		if (first.score() <= 0) {
			return 1;
		}
		return Math.pow(Math.min(1, passage.score() / first.score()), SUPPORT_SCORE_POWER);
	}

	/**
	 * The terms of a unit's context ({@link AnswerUnit#contextTerms}) with those of the
	 * captions it refers to, analysed now. The analysis works word by word, so the terms
	 * of texts put together are the terms of each.
	 */
	private Set<String> terms(AnswerUnit unit, AnalyzedQuestion question, Set<String> asked, Captions captions,
			Analyzer analyzer) {
		Set<String> terms = unit.contextTerms(headingTerms, analyzer);
		String referenced = captions.referencedBy(unit.passage().doc(), unit.context());
		List<Set<String>> named = unit.headings()
			.stream()
			.map(AnswerUnit.Heading::terms)
			.filter(heading -> names(asked, heading))
			.toList();
		Set<String> cited = ReferenceMarkers.citedOnly(unit.context(), question);
		if (referenced.isEmpty() && named.isEmpty() && cited.isEmpty()) {
			return terms;
		}
		Set<String> all = new HashSet<>(terms);
		all.removeAll(cited);
		if (!referenced.isEmpty()) {
			all.addAll(Coverage.terms(analyzer, referenced));
		}
		named.forEach(all::addAll);
		return all;
	}

	/**
	 * A section's first sentence under the headings the question names it by
	 * ("Åtgärdsområde 29 – Informera äldre om mötesplatser …: Utveckla nya sätt …"): the
	 * title says what the section is about, and the asker sees that it is the one asked.
	 */
	private static String titled(String text, AnswerUnit unit) {
		return unit.headings().stream().map(AnswerUnit.Heading::text).collect(Collectors.joining(" – ")) + ": " + text;
	}

	/**
	 * A contact line with the label it stands under ("Kontaktperson: Maria Ronsten
	 * Smedjebackens kommun …"): without it a name and a title do not say that this is
	 * whom to contact.
	 */
	private static String labelled(Candidate unit, List<Candidate> candidates) {
		if (!QuestionKind.CONTACT.heldBy(unit.text(), false)) {
			return unit.text();
		}
		List<AnswerUnit.Heading> headings = unit.unit().headings();
		String label = headings.isEmpty() ? previous(unit, candidates).map(Candidate::text).orElse("")
				: headings.get(headings.size() - 1).text().strip();
		return ContactBlock.label(label) ? label.replaceFirst(":$", "") + ": " + unit.text() : unit.text();
	}

	/** A line that names whom to contact, not the label over such lines. */
	private static boolean contactLine(Candidate unit) {
		return QuestionKind.CONTACT.heldBy(unit.text(), false) && !ContactBlock.label(unit.text());
	}

	/**
	 * The contact lines around a best unit that is one, up to the label over them: a
	 * block that names two people ("Kontaktpersoner", "Eva Larsson …", "Inger Skoglund
	 * Hassis …") is quoted whole.
	 */
	private static List<Candidate> contactBlock(Candidate best, List<Candidate> candidates) {
		if (best.unit().list() || !contactLine(best)) {
			return List.of();
		}
		List<Candidate> block = new ArrayList<>();
		for (Optional<Candidate> at = previous(best, candidates); at.filter(AnswerExtractor::contactLine)
			.isPresent(); at = previous(at.get(), candidates)) {
			block.add(at.get());
		}
		for (Optional<Candidate> at = next(best, candidates); at.filter(AnswerExtractor::contactLine)
			.isPresent(); at = next(at.get(), candidates)) {
			block.add(at.get());
		}
		return block;
	}

	/**
	 * Whether the answer to {@code question} is given once in the reports, wherever it
	 * stands in what is found (a definition, a contact): the answer reads every passage
	 * it is given, not the best few alone.
	 */
	public boolean answeredOnce(KindAsked question) {
		return answeredOnce(question.kind());
	}

	private static boolean answeredOnce(QuestionKind kind) {
		return kind == QuestionKind.DEFINITION || kind == QuestionKind.CONTACT;
	}

	private static boolean sameSection(Candidate unit, Candidate best) {
		return Objects.equals(unit.unit().section(), best.unit().section());
	}

	/** Whether the question names a heading right above the unit's sentence. */
	private static boolean sectionNamed(AnswerUnit unit, Set<String> asked) {
		return unit.headings().stream().anyMatch(heading -> names(asked, heading.terms()));
	}

	/**
	 * Whether the question names a heading: it holds every term of it ("vad handlar
	 * åtgärdsområde 23 om" names "Åtgärdsområde 23"). A heading the question shares only
	 * some words with is not named: its words are the topic of all its section's
	 * sentences, not a sign that the first one answers.
	 */
	private static boolean names(Set<String> asked, Set<String> heading) {
		return !heading.isEmpty() && asked.containsAll(heading);
	}

	/** Every term of the question's concepts, gathered once per question. */
	private static Set<String> termsOf(AnalyzedQuestion question) {
		Set<String> terms = new HashSet<>();
		question.concepts().forEach(concept -> concept.terms().forEach(term -> terms.add(term.term())));
		return terms;
	}

	/**
	 * A label that leads in a list stands for its list: the heading restates the
	 * question, the list under it answers it ("Framgångsfaktorer för arbetet i
	 * barnhälsoteam" and its points). The list is the one that opens at the label's place
	 * in the report, perhaps in the next passage; a heading repeated elsewhere
	 * ("Kontaktpersoner") leads another.
	 */
	private static Candidate listLedIn(Candidate lead, List<Candidate> candidates) {
		if (lead.unit().list() || !label(lead)) {
			return lead;
		}
		return candidates.stream()
			.filter(c -> c.unit().list() && !c.unit().prose() && c.score() > 0
					&& c.unit().passage().doc().equals(lead.unit().passage().doc())
					&& c.unit().opensAt() == lead.unit().opensAt())
			.findFirst()
			.orElse(lead);
	}

	/**
	 * For a question that asks for no list, the item of a best list that covers the
	 * question as well as the whole list does: the answer is in that item and the points
	 * under it, not in the list's other items.
	 */
	private static Candidate itemOrList(Candidate best, List<Candidate> candidates, AnalyzedQuestion question,
			QuestionKind kind, Analyzer analyzer) {
		if (!best.unit().list()) {
			return best;
		}
		return candidates.stream()
			.filter(c -> !c.unit().list() && samePassage(c.unit(), best.unit())
					&& best.unit().items().contains(c.unit().text()) && c.coverage() >= best.coverage())
			.findFirst()
			.orElseGet(() -> bearingItems(best, question, kind, analyzer));
	}

	/**
	 * A list narrowed to its lead-in and the items that name something the question
	 * names, for a question that asks for no list: the other items are not its answer,
	 * and quoting them would push what follows out of sight. A list none of whose items
	 * does is quoted whole, and so is one whose lead-in names more of an open question
	 * (what, not when or why) than any item: the question asks what the lead-in
	 * introduces ("vad ska tydligt framgå" of "Det ska tydligt framgå: › vad …, › hur …,
	 * › när …").
	 */
	private static Candidate bearingItems(Candidate list, AnalyzedQuestion question, QuestionKind kind,
			Analyzer analyzer) {
		List<String> bearing = new ArrayList<>();
		double itemsCoverage = 0;
		for (String item : list.unit().items()) {
			double coverage = Coverage.of(question, analyzer, item);
			if (coverage > 0) {
				bearing.add(item);
				itemsCoverage = Math.max(itemsCoverage, coverage);
			}
		}
		if (bearing.isEmpty() || bearing.size() == list.unit().items().size()
				|| kind.open() && Coverage.of(question, analyzer, list.unit().leadIn()) > itemsCoverage) {
			return list;
		}
		String text = AnswerText.clean(AnswerUnit.compact(list.unit().leadIn(), bearing), true);
		return text == null ? list : new Candidate(list.unit(), text, list.coverage(), list.score(), list.support(),
				list.holds(), list.onTopic());
	}

	/**
	 * A list that runs to its passage's end, with the items the next passages open with.
	 */
	private static AnswerUnit continued(AnswerUnit list, FollowingPassages following) {
		AnswerUnit unit = list;
		Passage at = list.passage();
		for (int read = 0; unit.open() && read < AnswerUnit.MAX_CONTINUED_PASSAGES; read++) {
			Optional<Passage> next = following.after(at).map(IndexedPassage::passage);
			if (next.isEmpty()) {
				break;
			}
			AnswerUnit longer = unit.continuedBy(at, next.get());
			if (longer == unit) {
				break;
			}
			unit = longer;
			at = next.get();
		}
		return unit;
	}

	private static BestUnit bestUnit(Candidate best, List<Candidate> candidates, QuestionKind kind, String answer) {
		String after = next(best, candidates).map(next -> " " + next.text()).orElse("");
		Passage passage = best.unit().passage();
		return new BestUnit(best.text() + after, described(passage), best.unit().context() + after,
				passage.title() + "\n" + passage.section(), best.coverage(),
				kind.heldBy(best.text(), best.unit().list()), answer);
	}

	private static String described(Passage passage) {
		return passage.title() + "\n" + passage.section() + "\n" + passage.text();
	}

	/**
	 * The best unit of a best unit's passage that holds the kind of answer asked for (a
	 * sum, a date …) when the best unit, a sentence, does not: the sentence that names
	 * the topic is often not the one that answers it. A list is its own answer, but for
	 * when and how many: a meeting's agenda does not say when the meeting was, nor a list
	 * of what a plan took up how many came to its meeting. A table's row is its own
	 * answer.
	 */
	private static Optional<Candidate> holdingKind(Candidate best, List<Candidate> candidates, QuestionKind kind) {
		if (best.holds() || best.unit().row()
				|| best.unit().list() && kind != QuestionKind.WHEN && kind != QuestionKind.NUMBER) {
			return Optional.empty();
		}
		return candidates.stream()
			.filter(c -> c.holds() && c.score() > 0 && samePassage(c.unit(), best.unit()))
			.findFirst()
			.filter(unit -> !besideRow(unit, best));
	}

	/**
	 * Whether a unit is a heading or a label rather than a sentence: it restates the
	 * topic, so it does not support an answer, and the room it would take in the answer
	 * goes to a sentence that does. A heading that names places or parts with commas
	 * ("Kommunsida – Leksand, Rättvik och Gagnef") is read as a list written in a
	 * sentence, and is a label all the same.
	 */
	private static boolean label(Candidate candidate) {
		return label(candidate.unit(), candidate.text());
	}

	private static boolean label(AnswerUnit unit, String text) {
		return (!unit.list() || unit.prose()) && !SENTENCE_END.matcher(text).find()
				&& SPACE.split(text).length <= MAX_LABEL_WORDS;
	}

	/**
	 * Whether a list read from a sentence's commas is a heading: a short line that no
	 * stop ends.
	 */
	private static boolean heading(AnswerUnit unit) {
		return unit.prose() && label(unit, unit.text());
	}

	/**
	 * Whether a unit is a bare label: after the unit that answers, such a line
	 * ("Åtgärdsområde 12", "Kontaktpersoner") is the next section's heading. A name with
	 * an address ("Elin Norrgård, Region Dalarna elin.norrgard@…") goes on the contact
	 * line before it, and a line that says what something is ("Källa: Kingdon, J (1984)
	 * …" under a caption) goes on what it explains.
	 */
	private static boolean bareLabel(Candidate candidate) {
		return label(candidate) && candidate.text().indexOf(':') < 0
				&& !QuestionKind.CONTACT.heldBy(candidate.text(), false);
	}

	/**
	 * Whether a unit stands beside the table's row that leads the answer rather than
	 * supporting it: the row's figures are the answer. Another row that covers as much of
	 * the question ("juni och juli" asked) answers it too; one that covers less is
	 * another month's figures ("Juli" after "Juni"), and a sentence elsewhere in the
	 * report shares the question's words ("2014" in a timeline), not the row's figures.
	 */
	private static boolean besideRow(Candidate candidate, Candidate best) {
		if (!best.unit().row()) {
			// A row supports no sentence: its figures answer only a question about them
			// ("September: …" beside who chaired the September meeting).
			return candidate.unit().row();
		}
		return !candidate.unit().row() || candidate.coverage() < best.coverage();
	}

	/**
	 * Whether two units stand in the same passage. Units of one passage share its record,
	 * and a record's equals compares every component, the report's list of sections item
	 * by item too, even against itself.
	 */
	private static boolean samePassage(AnswerUnit unit, AnswerUnit other) {
		return unit.passage() == other.passage() || unit.passage().equals(other.passage());
	}

	private static Optional<Candidate> previous(Candidate unit, List<Candidate> candidates) {
		return neighbour(unit, candidates, -1);
	}

	private static Optional<Candidate> next(Candidate unit, List<Candidate> candidates) {
		return neighbour(unit, candidates, 1);
	}

	/**
	 * The unit {@code step} units after a unit in its passage, among the candidates. The
	 * position is compared first: most candidates stand elsewhere in other passages, and
	 * telling two passages apart may compare their records.
	 */
	private static Optional<Candidate> neighbour(Candidate unit, List<Candidate> candidates, int step) {
		return candidates.stream()
			.filter(c -> c.unit().position() == unit.unit().position() + step && samePassage(c.unit(), unit.unit()))
			.findFirst();
	}

	/**
	 * Whether a sentence is the last of its passage: nothing but blanks follows it in the
	 * passage's text (units that are noise, or that a question reads only for the kind it
	 * asks, are not among the candidates).
	 */
	private static boolean closesPassage(AnswerUnit unit) {
		if (unit.list() || unit.row()) {
			return false;
		}
		String text = unit.passage().text();
		int at = text.lastIndexOf(unit.text());
		return at >= 0 && text.substring(at + unit.text().length()).isBlank();
	}

	/**
	 * The first sentence of the passage after a best sentence's, past the sentence the
	 * two passages share, when it goes on in the same section: not a heading, a list or a
	 * table's row.
	 */
	private static Optional<AnswerUnit> openingOf(IndexedPassage next, AnswerUnit best) {
		List<AnswerUnit> units = AnswerUnit.of(next.passage(), next.sentences().decode(), false);
		int first = !units.isEmpty() && units.get(0).text().equals(best.text()) ? 1 : 0;
		if (units.size() <= first) {
			return Optional.empty();
		}
		AnswerUnit opening = units.get(first);
		if (opening.list() || opening.row() || !SENTENCE_END.matcher(opening.text()).find()
				|| !opening.section().equals(best.section())) {
			return Optional.empty();
		}
		return Optional.of(opening);
	}

	private static void addOnce(List<Candidate> units, Candidate unit) {
		if (units.stream().noneMatch(quoted -> quoted == unit)) {
			units.add(unit);
		}
	}

	/**
	 * Whether a list's items are mostly quoted already: a report that gives the same list
	 * twice, under another lead-in, is not quoted twice. In a list already quoted an item
	 * may stand cut ("Kenneth Dahlström (C), Ordförande i …"), so there its opening is
	 * looked for, short ones too: a meeting's attendees read under its title and under
	 * its date are one list.
	 */
	private static boolean repeatsAList(AnswerUnit unit, List<String> chosen, List<String> listsQuoted) {
		if (unit.list() && unit.itemOpenings(MIN_ITEM_OPENING_CHARS)
			.stream()
			.filter(opening -> listsQuoted.stream().anyMatch(list -> list.contains(opening)))
			.count() * 2 > unit.items().size()) {
			return true;
		}
		List<String> openings = unit.list() ? unit.itemOpenings(ITEM_OPENING_CHARS) : List.of();
		// Short items (places, names) recur in sentences that say something new.
		if (openings.stream().anyMatch(opening -> opening.length() < MIN_ITEM_OPENING_CHARS)) {
			return false;
		}
		long quoted = openings.stream()
			.filter(opening -> chosen.stream().anyMatch(text -> text.contains(opening)))
			.count();
		return quoted * 2 > openings.size();
	}

	/**
	 * Ends what the answer says so far with a stop before the next unit: a unit that ends
	 * without one (a name and a role from a list, a list's last item, an item's
	 * semicolon) would otherwise read as running on into the next.
	 */
	private static void stop(StringBuilder text) {
		if (text.isEmpty()) {
			return;
		}
		if (!STOPPED.matcher(text).find()) {
			int last = text.length() - 1;
			if (text.charAt(last) == ',' || text.charAt(last) == ';') {
				text.setLength(last);
			}
			text.append('.');
		}
		text.append(' ');
	}

	/**
	 * Whether the sentence after a sentence gives its reason, referring back to it (the
	 * answer quotes the sentence after its best one).
	 */
	private static boolean reasonAfter(AnswerUnit unit, List<AnswerUnit> units) {
		return !unit.list() && !unit.row()
				&& units.stream()
					.filter(after -> after.position() == unit.position() + 1 && !after.list() && !after.row())
					.findFirst()
					.filter(after -> ReferringBack.givesReason(after.text()))
					.isPresent();
	}

	/**
	 * The sentence after {@code unit} when it refers back to it ("Olika hinder
	 * identifierades också. De var ofta av strukturell …"), or, asked why, gives its
	 * reason ("Detta för att …"): it goes on the one it follows.
	 */
	private static Optional<Candidate> referringBack(Candidate unit, List<Candidate> candidates, QuestionKind kind) {
		if (unit.unit().list() || unit.unit().row()) {
			return Optional.empty();
		}
		return next(unit, candidates).filter(after -> !after.unit().list() && !label(after)
				&& (ReferringBack.opens(after.text()) || givesReason(kind, after.text())));
	}

	/** Asked why, whether a sentence gives the reason of the one before it. */
	private static boolean givesReason(QuestionKind kind, String sentence) {
		return kind == QuestionKind.WHY && ReferringBack.givesReason(sentence);
	}

	/**
	 * The best unit first, then the unit after it in its passage (an answer often follows
	 * the sentence that restates the question), then the sentences of the same report
	 * that support it best (candidates come ordered by their support); headings and
	 * labels support nothing.
	 */
	private Answer compose(AnalyzedQuestion question, QuestionKind kind, Set<String> asked, SectionsAsked sectionsAsked,
			Candidate best, List<Candidate> candidates, List<ScoredPassage> ranked, FollowingPassages following) {
		String doc = best.unit().passage().doc();
		// A section asked by its heading is answered from that section alone: the
		// sentences after it in the passage are another section's.
		boolean sectionNamed = sectionNamed(best.unit(), asked);
		// A section asked by its word and number ("åtgärdsområde 3"), where the best
		// unit lies, is answered from the sections asked alone.
		boolean inSectionAsked = sectionsAsked.holds(best.unit());
		List<String> chosen = new ArrayList<>();
		List<AnswerUnit> cited = new ArrayList<>();
		// The units quoted from the best unit's passage, in the passage's order, so that
		// a sentence that refers back follows the one it refers to. Told apart by
		// identity: all come from the candidates, and hashing a record hashes its unit's
		// passage and texts (a hundredth of a question's time).
		List<Candidate> opening = new ArrayList<>(List.of(best));
		// A table's row is its own answer: the row after it is not what it leads to.
		holdingKind(best, candidates, kind).ifPresent(unit -> addOnce(opening, unit));
		// The sentence after the best follows it within its section: past a heading the
		// passage speaks of something else ("5.1.1 VAD SKAPAR LYCKADE PARTNERSKAP?").
		if (!best.unit().list() && !best.unit().row()) {
			next(best, candidates).filter(unit -> !besideRow(unit, best) && !bareLabel(unit) && sameSection(unit, best))
				.ifPresent(unit -> addOnce(opening, unit));
		}
		// A best sentence that concludes from the one before ("Därför läggs tyngdpunkten
		// …") says why only with it, and so does one that gives the reason of the one
		// before ("Detta för att …"), asked why: the sentence before, of its own section,
		// goes first, where both fit in the answer.
		Optional<Candidate> reason = best.unit().list() || best.unit().row() || label(best)
				|| !ReferringBack.concludes(best.text()) && !givesReason(kind, best.text())
						? Optional.empty()
						: previous(best, candidates).filter(unit -> !unit.unit().list() && !unit.unit().row()
								&& !label(unit) && sameSection(unit, best)
								&& unit.text().length() + best.text().length() <= settings.maxChars());
		reason.ifPresent(unit -> addOnce(opening, unit));
		contactBlock(best, candidates).forEach(unit -> addOnce(opening, unit));
		List<Candidate> inOrder = new ArrayList<>(opening.stream()
			.filter(unit -> unit == best || !sectionNamed || !label(unit) && sameSection(unit, best))
			.sorted(Comparator.comparingInt(c -> c.unit().position()))
			.toList());
		// The opening's last sentence keeps the one that refers back to it, as a
		// supporting sentence does (below).
		if (inOrder.size() < settings.maxSentences()) {
			referringBack(inOrder.get(inOrder.size() - 1), candidates, kind)
				.filter(after -> !sectionNamed || sameSection(after, best))
				.ifPresent(after -> addOnce(inOrder, after));
		}
		inOrder.stream()
			.map(unit -> unit == best && sectionNamed ? titled(unit.text(), unit.unit()) : labelled(unit, candidates))
			.distinct()
			.forEach(chosen::add);
		// Where the report was cut into passages does not change what follows the best
		// sentence: when it closes its passage, the next passage's first sentence of the
		// same section follows it.
		boolean bestAlone = inOrder.stream()
			.allMatch(unit -> unit == best || reason.filter(r -> r == unit).isPresent());
		if (bestAlone && chosen.size() < settings.maxSentences() && closesPassage(best.unit())) {
			following.after(best.unit().passage()).flatMap(next -> openingOf(next, best.unit())).ifPresent(after -> {
				String text = AnswerText.clean(after.text(), false, Captions.asked(question.question()),
						kind == QuestionKind.CONTACT, AnswerText.linksAsked(question.question()));
				if (text != null) {
					chosen.add(text);
					cited.add(after);
				}
			});
		}
		// The answer's first sentence names the section it is cited under.
		cited.add(inOrder.get(0).unit());
		List<String> listsQuoted = new ArrayList<>(
				inOrder.stream().filter(unit -> unit.unit().list()).map(Candidate::text).toList());
		for (Candidate candidate : candidates) {
			if (chosen.size() >= settings.maxSentences() || candidate.support() <= 0) {
				break;
			}
			// Nothing is quoted twice: not a unit already quoted or one holding it (a
			// list after its own item), nor a list after the same list (narrowed to the
			// items that bear on the question).
			// Another contact line is someone else's: another municipality's, another
			// project's.
			if (!candidate.unit().passage().doc().equals(doc) || !candidate.onTopic() || label(candidate)
					|| besideRow(candidate, best) || kind == QuestionKind.CONTACT && candidate.holds()
					|| sectionNamed && !sameSection(candidate, best)
					|| inSectionAsked && !sectionsAsked.holds(candidate.unit())
					|| chosen.stream()
						.anyMatch(quoted -> quoted.contains(candidate.text()) || candidate.text().contains(quoted))
					|| candidate.unit().list() && candidate.unit().leadIn().equals(best.unit().leadIn())
					|| repeatsAList(candidate.unit(), chosen, listsQuoted)) {
				continue;
			}
			chosen.add(labelled(candidate, candidates));
			cited.add(candidate.unit());
			if (candidate.unit().list()) {
				listsQuoted.add(candidate.text());
			}
			if (chosen.size() < settings.maxSentences()) {
				referringBack(candidate, candidates, kind)
					.filter(after -> chosen.stream().noneMatch(quoted -> quoted.contains(after.text())))
					.ifPresent(after -> chosen.add(after.text()));
			}
		}
		StringBuilder text = new StringBuilder();
		for (String sentence : chosen) {
			if (text.length() >= settings.maxChars()) {
				break;
			}
			stop(text);
			text.append(sentence);
		}
		// Overlapping passages of one section would read as the same source twice.
		Map<List<String>, Citation> citations = new LinkedHashMap<>();
		for (AnswerUnit unit : cited) {
			Citation citation = Citation.of(unit.passage(), unit.start());
			citations.putIfAbsent(
					List.of(citation.doc(), String.valueOf(citation.section()), String.valueOf(citation.page())),
					citation);
		}
		return new Answer(question.question(), true, text.toString(), List.copyOf(citations.values()), ranked, null);
	}

}
