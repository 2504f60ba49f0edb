package se.fyren.knowledge.search;

import java.util.List;

/**
 * What one word of the question stands for: the word's stem and its alternatives
 * (thesaurus entries, compound parts, spelling corrections). A passage covers the concept
 * when it holds any of them.
 *
 * @param idf how rare the concept is in the reports; an unknown word gets the highest
 * value
 * @param known whether the reports use the word (or an alternative, or its compound
 * parts)
 * @param phrase the question's words the concept stands for, as written ("people" for the
 * concept "person" an English question's glossary gives): what ties a question's wording
 * ("how many people") to the concept
 */
public record Concept(String word, List<QueryTerm> terms, double idf, boolean known, String phrase) {

	public Concept {
		terms = List.copyOf(terms);
	}

}
