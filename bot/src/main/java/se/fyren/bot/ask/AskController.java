package se.fyren.bot.ask;

import java.util.Locale;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.fyren.bot.ask.AnswerLog.RatedAnswer;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.WebUser;
import se.fyren.bot.infra.BodyExample;
import se.fyren.bot.infra.RefusedRequest;
import se.fyren.bot.infra.WebApi;

/**
 * Asking's own JSON API beside the web chat: {@code POST /api/ask} answers with the
 * library's full answer (the shape {@code fyren ask --json} prints, which a chat reply
 * does not carry), {@code POST /api/feedback} rates an answer, and
 * {@code GET /api/feedback/worst} lists the web's worst-rated answers. A chat message
 * reaches asking through the core; these are asking's, as a chain's export is the
 * dialogue's. The rater is the browser ({@link WebUser}), so a second rating replaces the
 * first, as a second click on an answer's buttons does.
 */
@RestController
@RequestMapping("/api")
@WebApi
class AskController {

	/** The page shows a screenful; the actuator endpoint is for longer readings. */
	static final int MAX_WORST = 100;

	private final Questions questions;

	private final Ratings ratings;

	private final AnswerLog answers;

	AskController(Questions questions, Ratings ratings, AnswerLog answers) {
		this.questions = questions;
		this.ratings = ratings;
		this.answers = answers;
	}

	record AskRequest(String question) {
	}

	/** The CLI's {@code ask --json} object, plus the id to rate the answer with. */
	record AskResponse(@JsonUnwrapped AnswerView view, String answerId) {
	}

	record FeedbackRequest(String answerId, Boolean helpful) {
	}

	record FeedbackResponse(String answerId, boolean helpful) {
	}

	@PostMapping("/ask")
	@BodyExample("web.example.ask")
	AskResponse ask(@RequestBody AskRequest request, Locale locale) {
		String question = request.question() == null ? "" : ChatMessage.typed(request.question());
		if (question.isEmpty()) {
			throw RefusedRequest.badInput("web.error.emptyQuestion", "empty question");
		}
		Questions.Answered answered = questions.answer(Channel.WEB, question, locale);
		return new AskResponse(AnswerView.of(answered.answerId(), answered.answer()), answered.answerId());
	}

	@PostMapping("/feedback")
	@BodyExample("web.example.feedback")
	FeedbackResponse feedback(@RequestBody FeedbackRequest request, WebUser user) {
		if (request.answerId() == null || request.answerId().isBlank() || request.helpful() == null) {
			throw RefusedRequest.badInput("web.error.feedback", "feedback without answerId or helpful");
		}
		if (!ratings.rate(request.answerId(), user.id(), request.helpful())) {
			throw RefusedRequest.notFound("web.error.unknownAnswer", "feedback on an unknown answer id");
		}
		return new FeedbackResponse(request.answerId(), request.helpful());
	}

	@GetMapping("/feedback/worst")
	List<RatedAnswer> worst(@RequestParam(defaultValue = "20") int limit) {
		if (limit < 1 || limit > MAX_WORST) {
			throw RefusedRequest.badInput("web.error.limit", "limit " + limit + " outside 1.." + MAX_WORST);
		}
		return answers.worst(limit, List.of(Channel.WEB));
	}

}
