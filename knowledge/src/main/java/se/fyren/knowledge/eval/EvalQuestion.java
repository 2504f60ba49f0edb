package se.fyren.knowledge.eval;

import java.util.List;

/**
 * A question with the evidence strings that answer it; no evidence means the reports hold
 * no answer. The type says what the question asks for ({@code list}, {@code when},
 * {@code number} …).
 */
public record EvalQuestion(String id, String question, String doc, List<String> evidence, String lang, String type) {

	public EvalQuestion {
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}

	public boolean answerable() {
		return !evidence.isEmpty();
	}

}
