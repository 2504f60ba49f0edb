package se.fyren.bot.ask;

import java.util.List;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.ScoredPassage;

/**
 * The JSON shape of an answer, shared by {@code fyren ask --json} and
 * {@code POST /api/ask}: {@code {"id", "question", "answer": {"found", "text"},
 * "passages": [...]}}, passages best first.
 */
public record AnswerView(String id, String question, Found answer, List<PassageView> passages) {

	public record Found(boolean found, String text) {
	}

	public record PassageView(String doc, String title, String section, Integer page, String text, double score) {

		static PassageView of(ScoredPassage scored) {
			var p = scored.passage();
			return new PassageView(p.doc(), p.title(), p.section(), p.page(), p.text(),
					Math.round(scored.score() * 1000) / 1000.0);
		}

	}

	public static AnswerView of(String id, Answer answer) {
		return new AnswerView(id, answer.question(), new Found(answer.found(), answer.text()),
				answer.passages().stream().map(PassageView::of).toList());
	}

}
