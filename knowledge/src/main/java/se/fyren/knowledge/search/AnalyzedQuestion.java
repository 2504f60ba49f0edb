package se.fyren.knowledge.search;

import java.util.List;

/** A question as Fyren understood it: its concepts in order. */
public record AnalyzedQuestion(String question, List<Concept> concepts) {

	public AnalyzedQuestion {
		concepts = List.copyOf(concepts);
	}

	public boolean isEmpty() {
		return concepts.isEmpty();
	}

}
