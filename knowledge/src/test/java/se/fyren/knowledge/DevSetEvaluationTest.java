package se.fyren.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.eval.EvalQuestion;
import se.fyren.knowledge.eval.EvalScore;
import se.fyren.knowledge.eval.Evaluation;

/** The bar of the knowledge engine, on the real corpus and the dev questions. */
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
		List<EvalQuestion> questions = Evaluation.read(SharedData.DEV_QUESTIONS);
		EvalScore score = Evaluation.score(questions, q -> knowledge.ask(q.question()));
		System.out.println(score.summary());
		score.misses().forEach(System.out::println);
		assertThat(score.recallAt5()).isGreaterThanOrEqualTo(0.90);
		assertThat(score.mrrAt10()).isGreaterThanOrEqualTo(0.75);
		assertThat(score.answerHit()).isGreaterThanOrEqualTo(0.64);
		assertThat(score.abstained()).isEqualTo(score.unanswerable());
		assertThat(score.falseAbstains()).isLessThanOrEqualTo(1);
		assertThat(score.englishFound()).isGreaterThanOrEqualTo(3);
	}

}
