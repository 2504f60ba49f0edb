package se.fyren.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.eval.EvalScore;
import se.fyren.knowledge.eval.Evaluation;

/**
 * The bar of the knowledge engine, on the real corpus: the dev questions it is tuned on,
 * and Fyren's own chat-style validation set ({@code knowledge/eval}), written before
 * tuning, which holds it honest.
 */
class DevSetEvaluationTest {

	@TempDir
	static Path data;

	static KnowledgeBase knowledge;

	@BeforeAll
	static void index() {
		knowledge = new KnowledgeBase(SharedData.settings(data));
		knowledge.refresh();
	}

	@AfterAll
	static void close() {
		knowledge.close();
	}

	@Test
	void meetsTheDevSetBar() {
		EvalScore score = scored(SharedData.DEV_QUESTIONS);
		score.misses().forEach(System.out::println);
		// The figures of 2026-12-02 after noun lemmas, term roles and the abstain model
		// (recall@5 0.907, mrr 0.723, answer_hit 0.674), one question's slack. Two are
		// refused: "vabbandet" (words the reports never use) and a count whose best
		// answer holds no figure (it was answered wrongly before the count rule).
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.90);
		assertThat(score.mrrAt10()).isGreaterThanOrEqualTo(0.71);
		// Round five (figure captions, cost answers): answer_hit 0.698, lists 6/8; round
		// six 0.721; no refusal on words the reports never use (answers7): 0.744. Round
		// seven traded two dev answers for the other sets (coverage read in headings and
		// titles, supporting units weighed by retrieval score): 0.698; round eight (a
		// count answered by a count): 0.721, one question's slack.
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.697);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(5);
		assertThat(score.abstained()).isEqualTo(score.unanswerable());
		// Since answers7 "vabbandet" is answered; dev-004, whose best answer is only the
		// minutes' date line, and a count are refused (2/43), one question's slack.
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(3);
		assertThat(score.englishFound()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void holdsTheValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation.jsonl"));
		System.out.println(score.detail());
		// The figures of 2026-12-03 after counted paragraph lists and the topic rule
		// (round four: recall@5 0.861, answer_hit 0.608, 18/19 abstained, 1/79 refused,
		// lists 14/18, English 12/13), one question's slack each: a change may not buy
		// dev figures with these.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.85);
		// Round five: answer_hit 0.620 (a cost answered by "betalar man ingenting");
		// round seven 0.658, one question's slack.
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.645);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(17);
		// Round six: 1/79 refused. Round twenty: 4/79, two English count questions whose
		// answers counted other things (misses before) are refused. Round twenty-four:
		// 5/79, "vilka kommuner var med i samling …" (the list of municipalities is not
		// found, and the answer named only Dalarna, a county) is refused.
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(5);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(13);
		// Found in the top five and answered; the two refused count questions are
		// English (12 -> 10 in round twenty).
		assertThat(score.englishFound()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void holdsTheSecondValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation2.jsonl"));
		// Written on 2026-12-03 before round six tuned on it (then recall@5 0.773,
		// answer_hit 0.273, 12/16 abstained, 6/44 refused, lists 2/14); after round six
		// 0.773, 0.409, 13/16, 1/44, 4/14; after lists whose marks the extraction lost
		// (lists8) 0.841, 0.455, 14/16, 1/44, 6/14; at the end of round seven 0.841,
		// 0.545, 14/16, 1/44, 9/14; at the end of round eight (English glossary, words of
		// like meaning) 0.909, 0.591, 14/16, 1/44, 9/14; at the end of round nine (how
		// something turned out) 0.909, 0.591, 15/16, 1/44, 9/14. One question's slack
		// each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.886);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.568);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(14);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(2);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void holdsTheThirdValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation3.jsonl"));
		// Written on 2026-12-03 by a helper that neither read Fyren's source nor ran it,
		// paraphrasing the reports as chat does; scored before round nine tuned on it
		// (recall@5 0.841, answer_hit 0.500, 10/16 abstained, 5/44 refused, lists 5/12)
		// and at its end (0.841, 0.523, 13/16, 2/44, 5/12). One question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.818);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.500);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(12);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(3);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void holdsTheFourthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation4.jsonl"));
		// Written on 2026-12-03 like the third; scored before round ten tuned on it
		// (recall@5 0.818, answer_hit 0.500, 6/16 abstained, 3/44 refused, lists 6/14)
		// and at its end (0.818, 0.591, 9/16, 2/44, 8/14); 11/16 abstained since round
		// thirteen. One question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.795);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.568);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(10);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(3);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(7);
	}

	@Test
	void holdsTheFifthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation5.jsonl"));
		// Written at the start of round eleven (2026-12-03); scored before the round
		// tuned on it (recall@5 0.786, answer_hit 0.518, 10/16 abstained, 5/56 refused,
		// lists 10/14) and at its end (0.786, 0.571, 12/16, 2/56, 10/14); 14/16 abstained
		// since round thirteen; 4/56 refused since round eighteen, where a miss that
		// named no year ("vilka år höll det på?") is refused. One question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.768);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.553);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(13);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(4);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(9);
	}

	@Test
	void holdsTheSixthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation6.jsonl"));
		// Written at the start of round twelve (2026-12-04); scored before the round
		// tuned on it (recall@5 0.770, answer_hit 0.410, 5/17 abstained, 2/61 refused,
		// lists 11/21) and at its end (0.754, 0.459, 6/17, 2/61, 11/21); since round
		// thirteen 0.770, 0.475, 8/17; since round fifteen 9/17 abstained, 3/61
		// refused (two wrong answers to "när" that named no time), and with the lists
		// asked for and the round's glossary 0.803, 0.607, lists 15/21. One question's
		// slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.787);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.590);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(8);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(4);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(14);
	}

	@Test
	void holdsTheSeventhValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation7.jsonl"));
		// Written at the start of round thirteen (2026-12-04); scored before the round
		// tuned on it (recall@5 0.727, answer_hit 0.416, 9/18 abstained, 2/77 refused,
		// lists 7/22) and at its end (0.727, 0.416, 12/18, 2/77, 7/22); since round
		// fourteen 0.753, 0.481, 14/18, 1/77, 8/22; since round fifteen 15/18 abstained,
		// 3/77 refused (two wrong answers to "när" that named no time), and with
		// ordinals,
		// the lists asked for and the round's glossary 0.766, 0.519, lists 10/22. One
		// question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.753);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.506);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(14);
		// Round twenty-three: 5/77 refused. A wrong answer (Leksand's appendix is not
		// among the passages found) became a refusal when a contact block moved the
		// slutrapport's passage boundaries.
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(5);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(9);
	}

	@Test
	void holdsTheEighthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation8.jsonl"));
		// Written at the start of round fourteen (2026-12-04); scored before the round
		// tuned on it (recall@5 0.627, answer_hit 0.388, 8/17 abstained, 4/67 refused,
		// lists 5/20) and at its end (0.657, 0.403, 11/17, 1/67, 6/20); with ordinals
		// 0.672, 0.418 since round fifteen; 12/17 abstained since round sixteen (a
		// successor asked). One question's slack each; one more refusal since round
		// twenty-one, of a question answered wrongly before (a time asked, none in
		// the unit that answers).
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.657);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.403);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(11);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(3);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void holdsTheNinthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation9.jsonl"));
		// Written at the start of round sixteen (2026-12-04); scored before the round
		// tuned on it (recall@5 0.667, answer_hit 0.333, 6/16 abstained, 3/66 refused,
		// lists 6/21) and at its end (0.667, 0.348, 7/16, 3/66, 7/21). One question's
		// slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.651);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.333);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(6);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(4);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void holdsTheTenthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation10.jsonl"));
		// Written at the start of round seventeen (2026-12-04); scored before the round
		// tuned on it (recall@5 0.656, answer_hit 0.359, 6/16 abstained, 5/64 refused,
		// lists 5/18) and at its end (0.656, 0.375, 10/16, 3/64, 5/18). One
		// question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.640);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.359);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(9);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(4);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void holdsTheEleventhValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation11.jsonl"));
		// Written at the start of round eighteen (2026-12-04); scored before the round
		// tuned on it (recall@5 0.812, answer_hit 0.625, 8/16 abstained, 4/64 refused,
		// lists 11/18) and at its end (0.812, 0.641, 9/16, 3/64, 11/18). One
		// question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.796);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.625);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(8);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(4);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void holdsTheTwelfthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation12.jsonl"));
		// Written at the start of round nineteen (2026-12-04); scored before the round
		// tuned on it (recall@5 0.797, answer_hit 0.500, 8/16 abstained, 6/64 refused,
		// lists 10/18) and at its end (0.797, 0.500, 8/16, 4/64, 10/18). One
		// question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.78);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.484);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(7);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(5);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(9);
	}

	@Test
	void holdsTheThirteenthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation13.jsonl"));
		// Written at the start of round twenty (2026-12-04); scored before the round
		// tuned on it (recall@5 0.844, answer_hit 0.438, 8/16 abstained, 4/64 refused,
		// lists 10/18) and at its end (0.844, 0.438, 10/16, 4/64, 10/18). One
		// question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.828);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.422);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(9);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(5);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(9);
	}

	@Test
	void holdsTheFourteenthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation14.jsonl"));
		// Written at the start of round twenty-one (2026-12-05); scored before the
		// round tuned on it (recall@5 0.875, answer_hit 0.531, 13/16 abstained, 4/64
		// refused, lists 6/14) and at its end (0.875, 0.531, 14/16, 3/64, 6/14). One
		// question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.859);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.515);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(13);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(4);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void holdsTheFifteenthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation15.jsonl"));
		// Written at the start of round twenty-two (2026-12-05); scored before the
		// round changed anything (recall@5 0.828, answer_hit 0.453, 9/16 abstained,
		// 3/64 refused, lists 5/15) and at its end (0.828, 0.500, 9/16, 2/64, 5/15).
		// One question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.812);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.484);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(8);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(3);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void holdsTheSixteenthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation16.jsonl"));
		// Written at the start of round twenty-three (2026-12-05); scored before the
		// round changed anything (recall@5 0.967, answer_hit 0.683, 10/20 abstained,
		// 3/60 refused, lists 9/15) and at its end (0.967, 0.683, 10/20, 3/60, 9/15).
		// About a third of its answerable questions ask facts earlier sets ask (see
		// eval/README.md). One question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.95);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.666);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(9);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(4);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void holdsTheSeventeenthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation17.jsonl"));
		// Written at the start of round twenty-four (2026-12-05); scored before the
		// round changed anything (recall@5 0.767, answer_hit 0.533, 14/20 abstained,
		// 2/60 refused, lists 12/15) and at its end (the same). Little of the reports
		// is left that earlier sets do not ask about (see eval/README.md). One
		// question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.75);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.516);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(13);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(3);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(11);
	}

	@Test
	void holdsTheEighteenthValidationSetFigures() {
		EvalScore score = scored(Path.of("eval", "questions-validation18.jsonl"));
		// Written at the start of round forty-five (2026-12-07), every question in other
		// words than its evidence's; scored before the round changed anything (recall@5
		// 0.578, answer_hit 0.422, 12/15 abstained, 8/45 refused, lists 10/21) and at
		// its end (0.578, 0.444, 14/15, 8/45, 10/21). One question's slack each.
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.555);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.422);
		assertThat(score.abstained()).isGreaterThanOrEqualTo(13);
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(9);
		assertThat(score.byType().get("list").answerHits()).isGreaterThanOrEqualTo(9);
	}

	/** A set's questions asked of the index, scored, and the figures printed. */
	private static EvalScore scored(Path questions) {
		EvalScore score = Evaluation.score(Evaluation.read(questions), q -> knowledge.ask(q.question()));
		System.out.println(score.summary());
		return score;
	}

}
