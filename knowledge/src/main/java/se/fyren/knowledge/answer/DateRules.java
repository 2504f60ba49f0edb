package se.fyren.knowledge.answer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import se.fyren.knowledge.Abstain;

/**
 * The rules on time: a date, a year or a month asked, and the reports or the best answer
 * do not name it ({@code date_not_in_reports}, {@code date_not_in_answer},
 * {@code year_not_in_reports}, {@code year_not_in_answer}, {@code month_not_in_answer},
 * {@code weekday_not_in_answer}). Each returns the reason, or null when it does not
 * apply.
 */
final class DateRules {

	static final Pattern YEAR = Pattern.compile(QuestionKind.YEAR);

	// A span of years covers the years inside it: "2016-2019" speaks of 2017.
	private static final Pattern YEARS = Pattern.compile("\\b((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})\\b");

	// The English months MONTH reads, by the Swedish names the reports use.
	private static final Map<String, String> SWEDISH_MONTHS = Map.of("january", "januari", "february", "februari",
			"march", "mars", "june", "juni", "july", "juli", "august", "augusti", "october", "oktober");

	// A month the question is about ("mötet i november"). English "may" is left out:
	// it is mostly a verb.
	static final Pattern MONTH = Pattern.compile(
			"\\b(?:" + QuestionKind.SWEDISH_MONTHS + "|" + String.join("|", SWEDISH_MONTHS.keySet()) + ")\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// A weekday asked, and a day's name in either language ("onsdagar", "Monday").
	private static final Pattern WEEKDAY_ASKED = Pattern
		.compile("\\b(?:veckodag(?:ar)?|vilken dag i veckan|vilka dagar i veckan|(?:which|what) days? of the week"
				+ "|(?:which|what) weekdays?)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern WEEKDAY = Pattern.compile(
			"\\b(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|en|arna)?\\b"
					+ "|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// A question that asks for a year, not only when: by name, or a bare "årtal".
	private static final Pattern YEAR_ASKED = Pattern
		.compile("\\b(?:" + QuestionKind.YEAR_ASKED + "|årtal(?:et|en)?)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern DAY_ASKED = Pattern.compile("\\b(?:" + QuestionKind.DAY_ASKED + ")\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern MONTH_ASKED = Pattern.compile("\\b(?:" + QuestionKind.MONTH_ASKED + ")\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// The months in English, beside the Swedish names. "May" is left out where a month
	// is named alone: it is mostly a verb.
	private static final String ENGLISH_MONTHS = String.join("|", SWEDISH_MONTHS.keySet())
			+ "|april|september|november|december";

	// A month as abbreviated before or after a day's number ("16 sep", "okt. 13").
	private static final String ABBREVIATED_MONTHS = "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec";

	// A day's ordinal ending: "13:e", "13e", "1st", "13th".
	private static final String ORDINAL = "(?::?e|:a|st|nd|rd|th)?";

	// A day of a month: "16 september", "13:e oktober", "1st May", "13th of October",
	// "October 13th", "2024-05-10", "16.9.2014", "den 13/10" (a bare "10/12" is as often
	// a share).
	private static final Pattern DAY = Pattern.compile("\\b\\d{1,2}" + ORDINAL + "\\s+(?:of\\s+)?(?:"
			+ QuestionKind.SWEDISH_MONTHS + "|may|" + ENGLISH_MONTHS + "|" + ABBREVIATED_MONTHS + ")\\b|\\b(?:"
			+ QuestionKind.SWEDISH_MONTHS + "|may|" + ENGLISH_MONTHS + "|" + ABBREVIATED_MONTHS + ")\\.?\\s+\\d{1,2}"
			+ ORDINAL
			+ "\\b|\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2}\\b|\\bden \\d{1,2}/\\d{1,2}\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// A month named alone.
	private static final Pattern A_MONTH = Pattern.compile(
			"\\b(?:" + QuestionKind.SWEDISH_MONTHS + "|" + ENGLISH_MONTHS + ")\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

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

	private final AnswerSettings settings;

	DateRules(AnswerSettings settings) {
		this.settings = settings;
	}

	/**
	 * A date asked, and none of the passages read names a time at all: what they say of
	 * the topic does not say when. When something should be done may be said without a
	 * date, by a unit that covers the question strongly ("när ska man göra om
	 * intressentanalysen?": "bör upprepas med jämna mellanrum"); when something happened
	 * only by a date.
	 */
	Abstain dateNotInReports(Evidence evidence) {
		QuestionKind kind = evidence.kind();
		BestUnit best = evidence.best();
		if (kind == QuestionKind.WHEN
				&& (best == null || best.coverage() < this.settings.strongCoverage() || !toDo(evidence))
				&& !kind.heldBy(evidence.found(), false)) {
			return evidence.abstain("date_not_in_reports", "the question asks when; the passages found name no date");
		}
		return null;
	}

	/**
	 * When something happened or will happen is answered by a time: an answer naming none
	 * ("Helikopterplattan ska byggas.") tells what, not when. In what case something
	 * holds is answered by an answer that opens with its condition (see
	 * {@link QuestionKind#WHEN}). A year the question itself names ("vision luleå 2050")
	 * is no answer to when. A year asked for is answered by a year, not by a day of some
	 * month ("när antogs planen, vilket år?" by "brukarråd den 13 oktober"), a date asked
	 * by a day of a month, not by a month or a year ("vilket datum skickades inbjudan" by
	 * "januari-februari 2015"), and a month asked by a month. The time must stand where
	 * the answer is: not only in a sentence stitched on after the best unit and the unit
	 * after it.
	 */
	Abstain dateNotInAnswer(Evidence evidence) {
		QuestionKind kind = evidence.kind();
		BestUnit best = evidence.best();
		if (best == null || kind != QuestionKind.WHEN || toDo(evidence)) {
			return null;
		}
		NamedInQuestion named = NamedInQuestion.of(evidence.text());
		String unnamed = named.strippedFrom(best.answer());
		if (!kind.heldBy(unnamed, false) || !best.heldAtOrBefore(text -> kind.heldBy(named.strippedFrom(text), false))
				|| YEAR_ASKED.matcher(evidence.lower()).find() && !YEAR.matcher(unnamed).find()
				|| DAY_ASKED.matcher(evidence.lower()).find() && !gives(DAY, best, unnamed, evidence)
				|| MONTH_ASKED.matcher(evidence.lower()).find() && !gives(A_MONTH, best, unnamed, evidence)
						&& !gives(DAY, best, unnamed, evidence)) {
			return evidence.abstain("date_not_in_answer", "the question asks when; the answer names no time");
		}
		return null;
	}

	/**
	 * A year the question names, and the passages found never mention it
	 * ({@code year_not_in_reports}) or the passage that answers best does not speak of it
	 * ({@code year_not_in_answer}); the question's years in turn.
	 */
	Abstain yearNotNamed(Evidence evidence) {
		BestUnit best = evidence.best();
		for (String year : YEAR.matcher(evidence.text()).results().map(MatchResult::group).toList()) {
			// A report's year in its citation ("… – slutrapport (2019)") finds the report
			// a question names by it ("lärprojektet 2024", "the 2014 attachment"), not
			// what happened that year.
			boolean namesReport = namesReport(evidence.lower(), year);
			String titled = namesReport ? evidence.titles() : withoutPublicationYears(evidence.titles());
			if (!evidence.found().contains(year) && !titled.contains(year)) {
				return evidence.abstain("year_not_in_reports", "the passages found never mention " + year, year);
			}
			if (best != null && !speaksOf(namesReport ? best.passage() : withoutPublicationYears(best.passage()),
					Integer.parseInt(year))) {
				return evidence.abstain("year_not_in_answer", "the passage that answers best does not speak of " + year,
						year);
			}
		}
		return null;
	}

	/**
	 * A weekday asked ("vilken veckodag har teamet sina möten", "which day of the week")
	 * is answered by a day's name where the answer stands; the reports' "var 14:e dag" or
	 * "en gång i månaden" says how often, not which day.
	 */
	Abstain weekdayNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && WEEKDAY_ASKED.matcher(evidence.lower()).find()
				&& !WEEKDAY.matcher(best.context() + "\n" + best.answer()).find()) {
			return evidence.abstain("weekday_not_in_answer", "the question asks which weekday; the answer names none");
		}
		return null;
	}

	/**
	 * A month narrows the question to a meeting or an event: the answer must speak of it
	 * where it stands (a meeting's date is in its title: "minnesanteckningar 16
	 * september"), as a word ("maj", not the start of "majoritet").
	 */
	Abstain monthNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		for (String written : MONTH.matcher(evidence.lower()).results().map(MatchResult::group).toList()) {
			// The reports name months in Swedish: "March" is spoken of as "mars".
			String month = SWEDISH_MONTHS.getOrDefault(written, written);
			if (best != null && !Pattern.compile("\\b" + Pattern.quote(month) + "\\b", Pattern.UNICODE_CHARACTER_CLASS)
				.matcher((best.context() + "\n" + best.text() + "\n" + best.heading()).toLowerCase(Locale.ROOT))
				.find()) {
				return evidence.abstain("month_not_in_answer",
						"the best answer and its headings do not speak of " + month, evidence.asWritten(written));
			}
		}
		return null;
	}

	/**
	 * Whether the answer gives a day or a month: one of its own, or any when the question
	 * names none ("vilket datum i september" is answered by "16 september").
	 */
	private static boolean gives(Pattern time, BestUnit best, String unnamed, Evidence evidence) {
		return time.matcher(unnamed).find()
				|| !time.matcher(evidence.lower()).find() && time.matcher(best.answer()).find();
	}

	private static boolean toDo(Evidence evidence) {
		return WHEN_TO_DO.matcher(evidence.lower()).find();
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

}
