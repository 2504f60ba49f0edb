package se.fyren.knowledge.search;

/**
 * One analysed term of a question, weighted by how it arose (as written, synonym, part,
 * correction).
 */
public record QueryTerm(String term, float weight) {
}
