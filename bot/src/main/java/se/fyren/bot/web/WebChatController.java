package se.fyren.bot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.fyren.bot.ask.AnswerView;
import se.fyren.bot.chat.AnswerLog;
import se.fyren.bot.chat.AnswerLog.RatedAnswer;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;

/**
 * The web chat's JSON API, a thin adapter over {@link Conversation}: translate the
 * request in, call the core, render the reply out. Bad input is thrown as
 * {@link BadInputException} and answered by {@link WebErrors}.
 */
@RestController
@RequestMapping("/api")
class WebChatController {

	static final int MAX_WORST = 100;

	/**
	 * The page's own texts, served from the message files so both languages live in one
	 * place.
	 */
	static final List<String> PAGE_TEXTS = List.of("web.title", "web.tagline", "web.question.label",
			"web.question.placeholder", "web.send", "web.sending", "web.you", "web.sources", "web.showPassage",
			"web.feedback.question", "web.feedback.helpful", "web.feedback.notHelpful", "web.feedback.thanks",
			"web.feedback.failed", "web.error", "web.empty", "web.language.other", "web.conversation", "web.notFound",
			"web.room.name", "web.room.save", "web.room.joined", "web.room.change");

	private final Conversation conversation;

	private final AnswerLog answers;

	private final MessageSource messages;

	private final WebPeople people;

	WebChatController(Conversation conversation, AnswerLog answers, MessageSource messages, WebPeople people) {
		this.conversation = conversation;
		this.answers = answers;
		this.messages = messages;
		this.people = people;
	}

	record AskRequest(String question) {
	}

	/** The CLI's {@code ask --json} object, plus the id to rate the answer with. */
	record AskResponse(@JsonUnwrapped AnswerView view, String answerId) {
	}

	/**
	 * @param conversation the web room the page is in ({@code ?room=}), or null for a
	 * private chat
	 */
	record ChatRequest(String text, String locale, String conversation) {
	}

	/**
	 * A click on a card's button; {@code input} is the text typed when the button asked
	 * for one.
	 */
	record ClickRequest(String actionId, String value, String input, String conversation, String thread, String message,
			String name, String locale) {
	}

	/**
	 * A {@link Reply} with its kind ({@code answer}, {@code help}, {@code text},
	 * {@code card}) for the page to render.
	 */
	record ChatResponse(String type, @JsonUnwrapped Reply reply) {

		static ChatResponse of(Reply reply) {
			String type;
			if (reply instanceof Reply.AnswerReply) {
				type = "answer";
			}
			else if (reply instanceof Reply.HelpReply) {
				type = "help";
			}
			else if (reply instanceof Reply.Card) {
				type = "card";
			}
			else {
				type = "text";
			}
			return new ChatResponse(type, reply);
		}

	}

	/**
	 * A rating; the rater is the browser ({@link WebUser}), so a second click replaces
	 * the first.
	 */
	record FeedbackRequest(String answerId, Boolean helpful) {
	}

	record FeedbackResponse(String answerId, boolean helpful) {
	}

	@PostMapping("/ask")
	AskResponse ask(@RequestBody AskRequest request) {
		String question = request.question() == null ? "" : request.question().strip();
		if (question.isEmpty()) {
			throw new BadInputException("web.error.emptyQuestion", "empty question");
		}
		Conversation.Answered answered = conversation.answer(new Inbound(Channel.WEB, null, null, question, null));
		return new AskResponse(AnswerView.of(answered.answerId(), answered.answer()), answered.answerId());
	}

	@PostMapping("/chat")
	ChatResponse chat(@RequestBody ChatRequest request, WebUser user) {
		return ChatResponse.of(conversation.handle(new Inbound(Channel.WEB, user.id(),
				WebIds.optional(request.conversation(), "conversation"), request.text(), locale(request.locale()))));
	}

	/**
	 * The core's reply to the one who clicked, or 204 when the feature had nothing to say
	 * to them.
	 */
	@PostMapping("/click")
	ResponseEntity<ChatResponse> click(@RequestBody ClickRequest request, WebUser user) {
		String actionId = WebIds.action(request.actionId());
		Destination where = new Destination(Channel.WEB, WebIds.optional(request.conversation(), "conversation"),
				WebIds.optional(request.thread(), "thread"));
		people.remember(user.id(), request.name());
		Clicked click = new Clicked(where, user.id(), WebIds.optional(request.message(), "message"), actionId,
				request.value(), request.input() == null ? null : request.input().strip(), locale(request.locale()));
		return conversation.click(click)
			.map(reply -> ResponseEntity.ok(ChatResponse.of(reply)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/feedback")
	FeedbackResponse feedback(@RequestBody FeedbackRequest request, WebUser user) {
		if (request.answerId() == null || request.answerId().isBlank() || request.helpful() == null) {
			throw new BadInputException("web.error.feedback", "feedback without answerId or helpful");
		}
		if (!answers.rate(request.answerId(), user.id(), request.helpful())) {
			throw new UnknownAnswerException(request.answerId());
		}
		return new FeedbackResponse(request.answerId(), request.helpful());
	}

	@GetMapping("/feedback/worst")
	List<RatedAnswer> worst(@RequestParam(defaultValue = "20") int limit) {
		if (limit < 1 || limit > MAX_WORST) {
			throw new BadInputException("web.error.limit", "limit " + limit + " outside 1.." + MAX_WORST);
		}
		return answers.worst(limit, List.of(Channel.WEB));
	}

	@GetMapping("/texts")
	Map<String, String> texts(@RequestParam(required = false) String locale) {
		Locale resolved = locale(locale);
		Map<String, String> texts = new LinkedHashMap<>();
		PAGE_TEXTS.forEach(code -> texts.put(code, messages.getMessage(code, null, resolved)));
		return texts;
	}

	/** Swedish unless the page asks for English; other languages have no message file. */
	static Locale locale(String tag) {
		return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Inbound.SWEDISH;
	}

}
