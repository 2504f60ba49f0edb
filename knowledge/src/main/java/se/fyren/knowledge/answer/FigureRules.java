package se.fyren.knowledge.answer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.analysis.WordClasses;

/**
 * The rules on figures: a cost, a share, a count or a level asked, and the reports or the
 * best answer give none ({@code cost_not_in_reports}, {@code share_not_in_answer},
 * {@code present_not_in_answer}, {@code number_not_in_answer},
 * {@code each_not_in_answer}, {@code count_not_in_answer}). Each returns the reason, or
 * null when it does not apply.
 */
final class FigureRules {

	// Asks for a count, an amount or a size, which only a figure answers ("hur länge" and
	// "hur ofta" may be answered in words); a year, a date or an item's number is no such
	// figure.
	private static final Pattern COUNT = Pattern.compile(
			"\\b(?:hur många|hur mycket|hur mkt|hur stor|hur stort|hur stora|how many|how much|how big|how large)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A count of things other than money: "hur många dagar fick kommunen betala för"
	// asks for days, however it speaks of paying; "how many millions" asks for a sum in
	// either language.
	private static final Pattern COUNT_OF_THINGS = Pattern.compile(
			"\\b(?:hur många|how many)\\s+(?!(?:kronor|kr|miljon\\p{L}*|miljard\\p{L}*|tkr|mkr|mnkr|sek|dollars?|euros?|crowns?"
					+ "|millions?|billions?)\\b)\\p{L}+",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A count of years, days or times may be answered by a span or a date ("som pågick
	// mellan 2016-2019", "sedan 2017"), which counts nothing.
	private static final Pattern COUNT_OF_TIME = Pattern.compile(
			"\\b(?:hur många|how many)\\s+(?:år|månader|veckor|dagar|timmar|gånger|years|months|weeks|days|hours|times)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A thing counted is a noun; "e" and "va" in "hur många e med" are chat for
	// "är" and "var".
	private static final int MIN_THING_LETTERS = 3;

	// The lexicon that tells a Swedish verb ("hur många deltog") is Swedish: an English
	// verb after "how many" ("attended", "took part", "were") counts who did it, not a
	// thing the word names.
	private static final Pattern ENGLISH_VERB = Pattern.compile(
			"\\p{L}+ed|are|were|is|was|do|does|did|have|has|had|can|could|will|would|should|took|take|get|got",
			Pattern.UNICODE_CHARACTER_CLASS);

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

	// Kinds that ask for something else than a sum, whatever costs they speak of: a payer
	// ("vem betalar"), a date ("when is the budget decided"), a reason.
	private static final Set<QuestionKind> NOT_ASKING_COST = Set.of(QuestionKind.WHO, QuestionKind.WHEN,
			QuestionKind.WHY);

	// A cost asked in a clause of its own, whatever the question asks first: "när blir
	// den klar o vad kostar den".
	// A question that weighs costs or asks what the reports say of them, not for a sum:
	// "är föräldrastöd kostnadseffektivt?", "lönar det sig?", "vad säger rapporten om
	// kostnaderna?".
	private static final Pattern COSTS_WEIGHED = Pattern
		.compile("\\b(?:kostnadseffektiv\\p{L}*|cost[- ]?effective\\p{L}*|lönsam\\p{L}*|lönar|pays? off|worth it"
				+ "|vad säger|vad står|what does .+ say|what do .+ say)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern COST_QUESTION = Pattern.compile(
			"\\b(?:vad (?:kostar|kostade|har (?:\\p{L}+\\s+){1,3}kostat)|hur (?:mycket|mkt) (?:kostar|kostade|pengar)"
					+ "|vad (?:är|var) kostnaden|what (?:does|did) .+ cost|how much (?:does|did) .+ cost|how much money"
					+ "|what (?:is|was) the cost)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	private final AnswerSettings settings;

	private final WordClasses wordClasses;

	FigureRules(AnswerSettings settings, WordClasses wordClasses) {
		this.settings = settings;
		this.wordClasses = wordClasses;
	}

	/**
	 * A cost asked, and the passages found give no sum. "Vem betalar" asks for a payer.
	 */
	Abstain costNotInReports(Evidence evidence) {
		if (costAsked(evidence) && !QuestionKind.COST.heldBy(evidence.found(), false)) {
			return evidence.abstain("cost_not_in_reports",
					"the question asks for a cost; the passages found give no sum");
		}
		return null;
	}

	/**
	 * A sum asked, and the answer gives none, though a passage found does: it is another
	 * thing's ("vad kostade helikopterplattan" found "Helikopterplattan ska byggas"
	 * beside a municipality's yearly grant). Not a question that weighs costs ("är
	 * föräldrastöd kostnadseffektivt?"): what the reports say of them answers it.
	 */
	Abstain costNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && costAsked(evidence) && !COSTS_WEIGHED.matcher(evidence.lower()).find()
				&& !QuestionKind.COST.heldBy(best.answer(), false)) {
			return evidence.abstain("cost_not_in_answer", "the question asks for a cost; the answer gives no sum");
		}
		return null;
	}

	private static boolean costAsked(Evidence evidence) {
		String lower = evidence.lower();
		return (!NOT_ASKING_COST.contains(evidence.kind()) || COST_QUESTION.matcher(lower).find())
				&& !COUNT_OF_THINGS.matcher(lower).find() && QuestionKind.COST.cuedBy(lower);
	}

	/** A share is answered by a share, not by a count ("det kom cirka 100 personer"). */
	Abstain shareNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && Share.asked(evidence.lower()) && !Share.givenIn(best.text())) {
			return evidence.abstain("share_not_in_answer", "the question asks for a share; the best answer gives none");
		}
		return null;
	}

	/**
	 * A figure asked of today (told before a figure missing, which says less): reports
	 * written years before give one only where they speak of their own present ("består i
	 * dag av 7 personer").
	 */
	Abstain presentNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		String lower = evidence.lower();
		if (best != null
				&& (evidence.kind() == QuestionKind.NUMBER || COUNT.matcher(lower).find() || Share.asked(lower))
				&& TODAY_ASKED.matcher(lower).find() && !PRESENT.matcher(best.text() + "\n" + best.context()).find()) {
			return evidence.abstain("present_not_in_answer",
					"the question asks for a figure today; the best answer does not speak of the present");
		}
		return null;
	}

	/**
	 * A sum or "free" answers what something costs. An amount or a size may be answered
	 * in words by a unit that covers the question strongly; a count of things ("hur många
	 * medlemmar") only by a figure where the answer is: not only in a sentence stitched
	 * on after the best unit ("två rekommendationer" after what the third conference was
	 * about does not say how many came to it).
	 */
	Abstain numberNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		String lower = evidence.lower();
		if (best != null && COUNT.matcher(lower).find() && !QuestionKind.holdsCount(best.text())
				&& !(evidence.kind() == QuestionKind.COST && best.holdsKind())
				&& (best.coverage() < this.settings.strongCoverage() || COUNT_OF_THINGS.matcher(lower).find()
						&& !COUNT_OF_TIME.matcher(lower).find() && !best.heldAtOrBefore(QuestionKind::holdsCount))) {
			return evidence.abstain("number_not_in_answer",
					"the question asks for a number; the best answer holds none");
		}
		return null;
	}

	/** A statistic's level asked, and the answer gives no figure, count or share. */
	Abstain levelNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		String lower = evidence.lower();
		if (best != null && (LEVEL_ASKED.matcher(lower).find() || STATISTIC_NAMED.matcher(lower).find())
				&& !QuestionKind.holdsCount(best.answer()) && !Share.givenIn(best.answer())) {
			return evidence.abstain("number_not_in_answer",
					"the question asks for a level; the answer gives no figure");
		}
		return null;
	}

	/**
	 * A figure asked of each of something ("hur många deltagare per kommun", "how many
	 * hours should each module take"), and the answer gives none of each: "Ungdomscoachen
	 * kontaktades av 50 personer" says how many in all, not how many each municipality
	 * had.
	 */
	Abstain eachNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && evidence.kind() == QuestionKind.NUMBER && FigureOfEach.asked(evidence.lower())
				&& !FigureOfEach.givenIn(best.answer())) {
			return evidence.abstain("each_not_in_answer", "the question asks a figure of each; the answer gives none");
		}
		return null;
	}

	/**
	 * A question counts things ("hur många kommuner") that the answer holds no count of,
	 * while it counts something else: "två rekommendationer" does not answer "hur många
	 * deltagare". Checked after the rules that name what the answer misses ("hur många
	 * bor det i mora kommun" is about no topic the reports cover, not only a missing
	 * count).
	 */
	Abstain countNotInAnswer(Evidence evidence) {
		if (evidence.best() != null && countOfOther(evidence)) {
			return evidence.abstain("count_not_in_answer",
					"the question counts something the answer gives no count of");
		}
		return null;
	}

	private boolean countOfOther(Evidence evidence) {
		String lower = evidence.lower();
		Matcher thing = COUNT_OF_THINGS.matcher(lower);
		if (!thing.find() || COUNT_OF_TIME.matcher(lower).find()) {
			return false;
		}
		String word = lower.substring(thing.start(), thing.end()).replaceFirst("^\\S+\\s+\\S+\\s+", "");
		if (word.length() < MIN_THING_LETTERS || this.wordClasses.neverNoun(word)
				|| evidence.english() && ENGLISH_VERB.matcher(word).matches()) {
			return false;
		}
		CountedThing counted = CountedThing.of(evidence.question(), evidence.analyzer());
		BestUnit best = evidence.best();
		return !counted.terms().isEmpty() && !counted.namedWithACountIn(best.answer(), evidence.analyzer())
				&& !counted.namedWithACountIn(best.text(), evidence.analyzer());
	}

}
