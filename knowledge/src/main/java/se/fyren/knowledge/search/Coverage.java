package se.fyren.knowledge.search;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.TermRole;

/**
 * How much of a question a piece of text covers: the share of the question's known
 * concepts it holds, each weighted by its rarity (idf), so that the telling words count
 * most.
 */
public final class Coverage {

	private Coverage() {
	}

	public static double of(AnalyzedQuestion question, Set<String> terms) {
		return of(question, terms::contains);
	}

	/**
	 * How much of a question the terms {@code held} says a text holds cover: as
	 * {@link #of(AnalyzedQuestion, Set)}, without gathering them into one set first (a
	 * passage's terms are kept per sentence, a candidate's per field).
	 */
	public static double of(AnalyzedQuestion question, Predicate<String> held) {
		double total = 0;
		double covered = 0;
		for (Concept concept : question.concepts()) {
			if (!concept.known()) {
				continue;
			}
			total += concept.idf();
			double weight = 0;
			for (QueryTerm term : concept.terms()) {
				if (held.test(term.term())) {
					weight = Math.max(weight, term.weight());
				}
			}
			covered += concept.idf() * Math.min(weight, 1);
		}
		return total == 0 ? 0 : covered / total;
	}

	/**
	 * Whether the terms {@code held} name some concept of the question by more than a
	 * part of a compound the question wrote: "projekt" alone is not "lärprojektet".
	 */
	public static boolean namesMoreThanParts(AnalyzedQuestion question, Predicate<String> held) {
		return question.concepts()
			.stream()
			.filter(Concept::known)
			.flatMap(concept -> concept.terms().stream())
			.anyMatch(term -> term.role() != TermRole.PART && held.test(term.term()));
	}

	/**
	 * How much of the question a text covers, as {@link #of(AnalyzedQuestion, Set)} of
	 * the text's {@link #terms}. The whole text is analysed: with noun lemmas a word's
	 * term need not be a piece of the word (städer gives stad), so words cannot be
	 * skipped by spelling.
	 */
	public static double of(AnalyzedQuestion question, Analyzer analyzer, String text) {
		return of(question, terms(analyzer, text));
	}

	/** The analysed terms of a text, as the index holds them. */
	public static Set<String> terms(Analyzer analyzer, String text) {
		return new HashSet<>(SwedishAnalysis.tokens(analyzer, text));
	}

}
