package se.fyren.knowledge.eval;

import java.util.List;

/**
 * A question with the evidence strings that answer it; no evidence means the reports hold
 * no answer.
 */
public record EvalQuestion(String id, String question, String doc, List<String> evidence, String lang) {

	public EvalQuestion {
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}

	public boolean answerable() {
		return !evidence.isEmpty();
	}

}
