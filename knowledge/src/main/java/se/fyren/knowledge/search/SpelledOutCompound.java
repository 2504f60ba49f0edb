package se.fyren.knowledge.search;

import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.analysis.SwedishAnalysis;

/**
 * A new compound of two words the reports use ("geocachingkartan": geocaching and karta,
 * "idrottsklubben": idrott and klubb). The index splits compounds only at parts the
 * reports use at least twice, so a compound of rarer words was neither split nor known,
 * and a question naming it was judged off topic.
 */
final class SpelledOutCompound {

	// Shorter parts ("tan", "ing") are endings and common syllables more often than
	// words, and would make almost any word a compound.
	private static final int MIN_PART = 4;

	// The linking s of Swedish compounds: "idrott|s|klubb".
	private static final char LINKING_S = 's';

	private SpelledOutCompound() {
	}

	/**
	 * The two terms, as the index holds them, of a word written as a compound of words
	 * the passages that count hold; the longest first part wins, since the last part
	 * names what the compound is.
	 */
	static Optional<List<String>> parts(TermCounts counts, Analyzer indexAnalyzer, String written) {
		for (int end = written.length() - MIN_PART; end >= MIN_PART; end--) {
			Optional<String> tail = held(counts, indexAnalyzer, written.substring(end));
			if (tail.isEmpty()) {
				continue;
			}
			String head = written.substring(0, end);
			Optional<String> first = held(counts, indexAnalyzer, head);
			if (first.isEmpty() && head.length() > MIN_PART && head.charAt(head.length() - 1) == LINKING_S) {
				first = held(counts, indexAnalyzer, head.substring(0, head.length() - 1));
			}
			if (first.isPresent()) {
				return Optional.of(List.of(first.get(), tail.get()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The word's own term (its lemma or stem) when the passages hold it: not a part of it
	 * ("programm" of "kvantdatorprogrammer"), which would make the word a compound of a
	 * word it merely ends in.
	 */
	private static Optional<String> held(TermCounts counts, Analyzer indexAnalyzer, String word) {
		return SwedishAnalysis.tokens(indexAnalyzer, word)
			.stream()
			.filter(term -> term.regionMatches(0, word, 0, MIN_PART) && counts.docFreq(term) > 0)
			.findFirst();
	}

}
