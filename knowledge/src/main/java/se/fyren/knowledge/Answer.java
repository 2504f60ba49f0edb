package se.fyren.knowledge;

import java.util.List;

/**
 * Fyren's answer to a question: the sentences that best answer it, with citations, and
 * the passages ranked best first. When the reports do not hold an answer, {@code found}
 * is false, the text empty and {@code abstain} says why (it is null otherwise).
 */
public record Answer(String question, boolean found, String text, List<Citation> citations,
		List<ScoredPassage> passages, Abstain abstain) {

	public Answer {
		citations = List.copyOf(citations);
		passages = List.copyOf(passages);
	}

	/** The same answer with the first {@code count} of the passages it read. */
	public Answer showing(int count) {
		return passages.size() <= count ? this
				: new Answer(question, found, text, citations, passages.subList(0, count), abstain);
	}

}
