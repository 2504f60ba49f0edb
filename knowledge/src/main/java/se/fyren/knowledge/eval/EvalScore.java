package se.fyren.knowledge.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;

/** The figures of {@code shared/eval/score.py}, computed the same way. */
public record EvalScore(int answerable, double recallAt1, double recallAt5, double mrrAt10, double answerHit,
		int abstained, int unanswerable, int falseAbstains, int englishFound, int english, List<String> misses,
		Map<String, TypeScore> byType) {

	/** Of the answerable questions of one type, how many answers hold the evidence. */
	public record TypeScore(int questions, int answerHits) {

	}

	public EvalScore {
		misses = List.copyOf(misses);
		byType = Collections.unmodifiableMap(new TreeMap<>(byType));
	}

	/**
	 * Fyren's own figures beside score.py's: list questions answered with their evidence
	 * (the whole list), and answer hits by question type.
	 */
	public String detail() {
		TypeScore lists = byType.getOrDefault("list", new TypeScore(0, 0));
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "list_complete=%d/%d answer_hit_by_type:",
				lists.answerHits(), lists.questions()));
		byType.forEach((type, score) -> out
			.append(String.format(Locale.ROOT, " %s=%d/%d", type, score.answerHits(), score.questions())));
		return out.toString();
	}

	public String summary() {
		return String.format(Locale.ROOT,
				"recall@1=%.3f recall@5=%.3f mrr@10=%.3f answer_hit=%.3f abstain=%d/%d false_abstain=%d/%d english=%d/%d",
				recallAt1, recallAt5, mrrAt10, answerHit, abstained, unanswerable, falseAbstains, answerable,
				englishFound, english);
	}

}
