package se.fyren.bot.ask;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.fyren.bot.documents.Places;
import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.Answer;
import se.fyren.knowledge.ScoredPassage;

/**
 * The JSON shape of an answer, shared by {@code fyren ask --json} and
 * {@code POST /api/ask}: {@code {"id", "question", "answer": {"found", "text"},
 * "abstain": {"reason", "detail", ...}, "passages": [...]}}, passages best first, each
 * with its full section path ({@code "3 Kingdon › 3.1 Fönster"}) and its collection;
 * {@code abstain} only when the answer was not found.
 */
public record AnswerView(String id, String question, Found answer,
		@JsonInclude(JsonInclude.Include.NON_NULL) Abstain abstain, List<PassageView> passages) {

	public record Found(boolean found, String text) {
	}

	/**
	 * @param collection the collection that holds the document, as people see it
	 * ({@code rapporter}, {@code borlange}, {@code privat})
	 */
	public record PassageView(String doc, String title, String section, Integer page, String text, double score,
			String collection) {

		static PassageView of(ScoredPassage scored) {
			var p = scored.passage();
			return new PassageView(p.doc(), p.title(), p.section(), p.page(), p.text(),
					Math.round(scored.score() * 1000) / 1000.0, Places.shown(p.collection()));
		}

	}

	public static AnswerView of(String id, Answer answer) {
		return new AnswerView(id, answer.question(), new Found(answer.found(), answer.text()), answer.abstain(),
				answer.passages().stream().map(PassageView::of).toList());
	}

}
