package se.fyren.knowledge.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.analysis.RelatedWords;
import se.fyren.knowledge.analysis.SwedishAnalysis;

/**
 * The index terms of a written word's words of like meaning, best first, remembered per
 * word for as long as the index analysis does not change: looking the word's lemmas up in
 * the lexicon and analysing each related word was a third of analysing a question, and
 * the same words come again. Only the analysis is remembered; whether the passages
 * searched hold a term is asked per question. Thread-safe.
 */
final class RelatedTerms {

	private final RelatedWords related;

	// Per analyzer: a new index may split compounds differently.
	private final MemoryPerOwner<String, List<String>> remembered = new MemoryPerOwner<>();

	RelatedTerms(RelatedWords related) {
		this.related = related;
	}

	/**
	 * For each of the written word's related words, best first, the term the analyzer
	 * makes of the whole word (its first; the rest are its compound parts); a related
	 * word the analyzer leaves nothing of is left out.
	 */
	List<String> of(Analyzer analyzer, String written) {
		return remembered.get(analyzer, written, word -> analysed(analyzer, word));
	}

	private List<String> analysed(Analyzer analyzer, String written) {
		List<String> terms = new ArrayList<>();
		for (String word : related.of(written)) {
			List<String> tokens = SwedishAnalysis.tokens(analyzer, word);
			if (!tokens.isEmpty()) {
				terms.add(tokens.get(0));
			}
		}
		return List.copyOf(terms);
	}

}
