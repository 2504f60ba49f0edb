package se.fyren.knowledge.answer;

import java.util.Objects;

/**
 * A question's kind, worked out once per question: the search asks it to choose how many
 * passages to read, and the answer asks it again of the question it picks by, which is
 * most often the same text. Telling the kind runs every kind's cue over the question
 * (about 2 % of a question's time at x100, half of it the second time).
 *
 * @param question the question the kind was worked out for
 * @param kind its kind, as {@link QuestionKind#of} tells it
 */
public record KindAsked(String question, QuestionKind kind) {

	public KindAsked {
		Objects.requireNonNull(question);
		Objects.requireNonNull(kind);
	}

	/** The kind of {@code question}, worked out now. */
	public static KindAsked of(String question) {
		return new KindAsked(question, QuestionKind.of(question));
	}

	/**
	 * The kind of {@code text}: the one worked out already when it is this question,
	 * worked out now when it is another (the question without its chat words or what the
	 * asker says of their own work).
	 */
	QuestionKind kindOf(String text) {
		return question.equals(text) ? kind : QuestionKind.of(text);
	}

}
