package se.fyren.knowledge.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.analysis.SwedishAnalysis;

/**
 * How much of a question a piece of text covers: the share of the question's known
 * concepts it holds, each weighted by its rarity (idf), so that the telling words count
 * most.
 */
public final class Coverage {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private Coverage() {
	}

	public static double of(AnalyzedQuestion question, Set<String> terms) {
		double total = 0;
		double covered = 0;
		for (Concept concept : question.concepts()) {
			if (!concept.known()) {
				continue;
			}
			total += concept.idf();
			double weight = 0;
			for (QueryTerm term : concept.terms()) {
				if (terms.contains(term.term())) {
					weight = Math.max(weight, term.weight());
				}
			}
			covered += concept.idf() * Math.min(weight, 1);
		}
		return total == 0 ? 0 : covered / total;
	}

	/**
	 * How much of the question a text covers, as {@link #of(AnalyzedQuestion, Set)} of
	 * the text's {@link #terms}, analysing only the text's words that can hold a question
	 * term. The index analysis only cuts words (stems drop endings, compound parts are
	 * pieces), so a word yields a term only when it contains it; whitespace always
	 * separates tokens, so each word is analysed as in the whole text. Most of a passage
	 * is then never run through compound splitting.
	 */
	public static double of(AnalyzedQuestion question, Analyzer analyzer, String text) {
		List<String> asked = new ArrayList<>();
		for (Concept concept : question.concepts()) {
			if (concept.known()) {
				concept.terms().forEach(term -> asked.add(term.term()));
			}
		}
		StringBuilder candidates = new StringBuilder();
		for (String word : WHITESPACE.split(text)) {
			String lower = word.toLowerCase(Locale.ROOT);
			for (String term : asked) {
				if (lower.contains(term)) {
					candidates.append(word).append(' ');
					break;
				}
			}
		}
		return candidates.isEmpty() ? 0 : of(question, terms(analyzer, candidates.toString()));
	}

	/** The analysed terms of a text, as the index holds them. */
	public static Set<String> terms(Analyzer analyzer, String text) {
		return new HashSet<>(SwedishAnalysis.tokens(analyzer, text));
	}

}
