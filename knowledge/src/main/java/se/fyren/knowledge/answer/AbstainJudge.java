package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.TermRole;
import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.Concept;
import se.fyren.knowledge.search.Coverage;

/**
 * Decides from evidence whether the reports hold no answer: the best passages leave the
 * question's key terms uncovered, the question turns on words the reports never use, or
 * it asks about what the reports are silent on (a cost they give no figure for, a place,
 * a year or a law they never name). Returns the reason, or null to answer.
 */
final class AbstainJudge {

	// Asked about a price, a cost or a pay.
	private static final Pattern COST = Pattern.compile(
			"\\b(?:kost\\p{L}*|budget(?:en)? för|pris\\p{L}*|avgift\\p{L}*|betala\\p{L}*|lön(?:en|er|erna)?|cost\\p{L}*|price\\p{L}*|fee|fees|budget for|how much money|hur mycket pengar|spend|spent|spends|pay|pays|paid|salary|salaries|wages?)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A sum of money in a passage.
	private static final Pattern MONEY = Pattern.compile(
			"\\d[\\d\\s,.]*\\s*(?:kr|kronor|miljon\\p{L}*|mkr|mnkr|tkr|msek|sek|euro|€)\\b|\\b(?:kronor|miljoner kronor)\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// That something costs nothing is a cost too: "betalar man ingenting", "kostnadsfri".
	private static final Pattern FREE = Pattern.compile(
			"\\b(?:kostnadsfri\\p{L}*|avgiftsfri\\p{L}*|gratis|utan kostnad|betala\\p{L}*\\s+(?:\\p{L}+\\s+)?ingenting|free of charge)\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// An abbreviation in capitals names something: "GDPR", "LSS".
	private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{3,}\\b", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

	// A law by name: "socialtjänstlagen", "skollagen", "LSS-lagen".
	private static final Pattern LAW = Pattern.compile("\\b[\\p{L}-]{2,}lag(?:en|ar|arna|s)?\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A place named before the word for its kind ("Göteborgs kommun", "malmö stad").
	private static final Pattern PLACE = Pattern.compile(
			"\\b(\\p{L}{3,}?)s?\\s+(?:kommun\\p{L}*|stad|stads|region|län|municipality|county)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A capitalised word inside a Swedish question is a name.
	private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}{2,}\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Set<String> PLACE_WORDS_NOT_NAMES = Set.of("varje", "vilken", "vilka", "din", "er", "vår",
			"egen", "hela", "annan", "andra", "samma", "each", "which", "the", "your", "our", "other", "en", "ett",
			"deras", "alla", "någon", "nån", "deltagande", "länets", "många");

	private final AnswerSettings settings;

	AbstainJudge(AnswerSettings settings) {
		this.settings = settings;
	}

	Abstain judge(AnalyzedQuestion question, QuestionKind kind, List<ScoredPassage> read, double unitCoverage,
			boolean holdsKind, Analyzer analyzer, Vocabulary vocabulary) {
		String asked = kind.label();
		if (read.isEmpty()) {
			return new Abstain("no_passages", "no passage matches the question", 0, 0, List.of(), asked);
		}
		double coverage = 0;
		StringBuilder found = new StringBuilder();
		for (ScoredPassage passage : read) {
			coverage = Math.max(coverage, Coverage.of(question, analyzer, passage.passage().text()));
			found.append(passage.passage().text()).append('\n');
		}
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
		String text = question.question();
		String lower = text.toLowerCase(Locale.ROOT);
		// "Vem betalar" asks for a payer, not a sum.
		if (kind != QuestionKind.WHO && COST.matcher(lower).find() && !MONEY.matcher(found).find()
				&& !FREE.matcher(found).find()) {
			return abstain("cost_not_in_reports", "the question asks for a cost; the passages found give no sum",
					coverage, unknownShare, unknown, asked);
		}
		for (String year : all(YEAR, text)) {
			if (!found.toString().contains(year)) {
				return abstain("year_not_in_reports", "the passages found never mention " + year, coverage,
						unknownShare, unknown, asked);
			}
		}
		for (String law : all(LAW, lower)) {
			if (!writtenKnown(law, analyzer, vocabulary)) {
				return abstain("law_not_in_reports", "the reports never name " + law, coverage, unknownShare, unknown,
						asked);
			}
		}
		for (String name : names(text, question.english())) {
			if (!nameKnown(name, question, analyzer, vocabulary)) {
				return abstain("name_not_in_reports", "the reports never name " + name, coverage, unknownShare, unknown,
						asked);
			}
		}
		if (coverage < settings.minCoverage()) {
			return abstain("low_coverage", "the best passages cover too little of the question", coverage, unknownShare,
					unknown, asked);
		}
		boolean stronglyCovered = unitCoverage >= settings.strongCoverage() && holdsKind;
		if (!question.english() && unknownShare >= settings.maxUnknownShare() && !stronglyCovered) {
			return abstain("unknown_terms", "the question turns on words the reports never use", coverage, unknownShare,
					unknown, asked);
		}
		return null;
	}

	private static Abstain abstain(String reason, String detail, double coverage, double unknownShare,
			List<String> unknown, String asked) {
		return new Abstain(reason, detail, round(coverage), round(unknownShare), unknown, asked);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/**
	 * Places named before "kommun", "stad" …, capitalised words inside a Swedish question
	 * (an English one capitalises names the glossary may not hold: "Sweden's"), and
	 * abbreviations in capitals in either.
	 */
	private static Set<String> names(String question, boolean english) {
		Set<String> names = new LinkedHashSet<>();
		Matcher place = PLACE.matcher(question.toLowerCase(Locale.ROOT));
		while (place.find()) {
			if (!PLACE_WORDS_NOT_NAMES.contains(place.group(1))) {
				names.add(place.group(1));
			}
		}
		if (!english) {
			all(NAME, question).forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
		}
		all(ACRONYM, question).forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
		return names;
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
			.anyMatch(term -> vocabulary.has(term.term()) && (term.role() == TermRole.PART
					? written.startsWith(term.term()) : !written.contains(term.term())));
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
