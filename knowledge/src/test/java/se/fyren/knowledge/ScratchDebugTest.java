package se.fyren.knowledge;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.eval.EvalQuestion;
import se.fyren.knowledge.eval.Evaluation;

class ScratchDebugTest {

	@TempDir
	Path data;

	@Test
	void debug() {
		List<String> ids = List.of(System.getProperty("ids", "dev-002").split(","));
		try (KnowledgeBase kb = new KnowledgeBase(SharedData.settings(data))) {
			kb.refresh();
			for (EvalQuestion q : Evaluation.read(SharedData.DEV_QUESTIONS)) {
				if (!ids.contains(q.id()) && !ids.contains("all")) continue;
				Answer a = kb.ask(q.question());
				System.out.println("=== " + q.id() + " " + q.question() + " found=" + a.found());
				System.out.println("    evidence: " + q.evidence());
				System.out.println("    answer: " + a.text());
				int i = 0;
				for (ScoredPassage p : a.passages()) {
					if (i++ >= 5) break;
					boolean hit = q.evidence().stream().anyMatch(e -> p.passage().text().replaceAll("\\s+", " ").contains(e));
					System.out.printf("  %d %.2f %s %s p%s [%s] %s%n", i, p.score(), hit ? "HIT" : "   ", p.passage().doc(), p.passage().page(), p.passage().section(), p.passage().text().substring(0, Math.min(150, p.passage().text().length())).replace('\n', ' '));
				}
			}
		}
	}

}
