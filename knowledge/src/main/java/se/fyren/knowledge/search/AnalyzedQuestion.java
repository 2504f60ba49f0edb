package se.fyren.knowledge.search;

import java.util.List;

/**
 * A question as Fyren understood it: its concepts in order.
 *
 * @param english whether the question reads as English; its words missing from the
 * glossary are then no sign that the reports lack the answer
 */
public record AnalyzedQuestion(String question, List<Concept> concepts, boolean english) {

	public AnalyzedQuestion {
		concepts = List.copyOf(concepts);
	}

	public boolean isEmpty() {
		return concepts.isEmpty();
	}

}
