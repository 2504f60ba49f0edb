package se.fyren.knowledge.search;

import se.fyren.knowledge.analysis.TermRole;

/**
 * One analysed term of a question, with the role it arose in (as written, synonym,
 * compound part, correction) and the weight that role gives it.
 */
public record QueryTerm(String term, TermRole role, float weight) {
}
