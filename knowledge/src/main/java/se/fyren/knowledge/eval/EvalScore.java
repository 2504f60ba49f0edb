package se.fyren.knowledge.eval;

import java.util.List;
import java.util.Locale;

/** The figures of {@code shared/eval/score.py}, computed the same way. */
public record EvalScore(int answerable, double recallAt1, double recallAt5, double mrrAt10, double answerHit,
		int abstained, int unanswerable, int falseAbstains, int englishFound, int english, List<String> misses) {

	public EvalScore {
		misses = List.copyOf(misses);
	}

	public String summary() {
		return String.format(Locale.ROOT,
				"recall@1=%.3f recall@5=%.3f mrr@10=%.3f answer_hit=%.3f abstain=%d/%d false_abstain=%d/%d english=%d/%d",
				recallAt1, recallAt5, mrrAt10, answerHit, abstained, unanswerable, falseAbstains, answerable,
				englishFound, english);
	}

}
