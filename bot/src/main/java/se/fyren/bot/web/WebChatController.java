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

import se.fyren.bot.ask.AnswerLog.RatedAnswer;
import se.fyren.bot.ask.AnswerLog;
import se.fyren.bot.ask.AnswerView;
import se.fyren.bot.ask.Questions;
import se.fyren.bot.ask.Ratings;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage.Addressed;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Inline;
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
			"web.room.name", "web.room.save", "web.room.joined", "web.room.change", "web.room.saved", "web.room.mine",
			"web.room.share", "web.room.facilitator", "web.room.copy", "web.room.answers", "web.room.fullscreen",
			"web.offline", "web.upload.title", "web.upload.file", "web.upload.key", "web.upload.send",
			"web.upload.sending", "web.upload.choose", "web.documents.tooLarge");

	private final Conversation conversation;

	private final Questions questions;

	private final Ratings ratings;

	private final AnswerLog answers;

	private final MessageSource messages;

	private final WebPeople people;

	private final RoomKeys keys;

	WebChatController(Conversation conversation, Questions questions, Ratings ratings, AnswerLog answers,
			MessageSource messages, WebPeople people, RoomKeys keys) {
		this.keys = keys;
		this.conversation = conversation;
		this.questions = questions;
		this.ratings = ratings;
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
	record ChatRequest(String text, String locale, String conversation, String key) {
	}

	/**
	 * A click on a card's button; {@code input} is the text typed when the button asked
	 * for one. In a room, {@code key} is the one in the page's link.
	 */
	record ClickRequest(String actionId, String value, String input, String conversation, String thread, String message,
			String name, String locale, String key) {
	}

	/**
	 * A {@link Reply} with its kind ({@code answer}, {@code help}, {@code text},
	 * {@code card}) for the page to render: its texts without markup, and the same as
	 * escaped HTML ({@code html} for a text or help, {@code paragraphsHtml} for a card's
	 * paragraphs). An answer's text is the reports' own and stays as it is.
	 */
	record ChatResponse(String type, @JsonUnwrapped Reply reply, String html, List<String> paragraphsHtml) {

		static ChatResponse of(Reply reply) {
			if (reply instanceof Reply.AnswerReply) {
				return new ChatResponse("answer", reply, null, null);
			}
			if (reply instanceof Reply.HelpReply help) {
				return new ChatResponse("help", new Reply.HelpReply(plain(help.text()), help.examples()),
						WebMarkup.html(help.text()), null);
			}
			if (reply instanceof Reply.Card card) {
				Reply.Card plain = new Reply.Card(card.title(),
						card.paragraphs().stream().map(ChatResponse::plain).toList(), card.sources(), card.actions(),
						card.imageUrl());
				return new ChatResponse("card", plain, null, card.paragraphs().stream().map(WebMarkup::html).toList());
			}
			String text = ((Reply.TextReply) reply).text();
			return new ChatResponse("text", new Reply.TextReply(plain(text)), WebMarkup.html(text), null);
		}

		private static String plain(String text) {
			return Inline.parse(text).plain();
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
		Questions.Answered answered = questions.answer(Channel.WEB, question, Inbound.SWEDISH);
		return new AskResponse(AnswerView.of(answered.answerId(), answered.answer()), answered.answerId());
	}

	@PostMapping("/chat")
	ChatResponse chat(@RequestBody ChatRequest request, WebUser user) {
		Destination where = new Destination(Channel.WEB, room(request.conversation(), request.key()), null);
		return ChatResponse.of(
				conversation
					.receive(ChatMessage
						.said(where, user.id(), null, request.text(), Addressed.DIRECT, locale(request.locale()))
						// Whoever has the address reads the web chat and its rooms:
						// shared.
						.in(null, true))
					.toSay()
					.orElseThrow());
	}

	/**
	 * The core's reply to the one who clicked, or 204 when the feature had nothing to say
	 * to them.
	 */
	@PostMapping("/click")
	ResponseEntity<ChatResponse> click(@RequestBody ClickRequest request, WebUser user) {
		String actionId = WebIds.action(request.actionId());
		Destination where = new Destination(Channel.WEB, room(request.conversation(), request.key()),
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
		if (!ratings.rate(request.answerId(), user.id(), request.helpful())) {
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

	/** The landing page: what Fyren can do, with examples, and each feature's section. */
	record HomeResponse(ChatResponse help, List<ChatResponse> sections) {
	}

	@GetMapping("/home")
	HomeResponse home(@RequestParam(required = false) String locale) {
		Conversation.Home home = conversation.home(Channel.WEB, locale(locale));
		return new HomeResponse(ChatResponse.of(home.help()), home.sections().stream().map(ChatResponse::of).toList());
	}

	@GetMapping("/texts")
	Map<String, String> texts(@RequestParam(required = false) String locale) {
		Locale resolved = locale(locale);
		Map<String, String> texts = new LinkedHashMap<>();
		PAGE_TEXTS.forEach(code -> texts.put(code, messages.getMessage(code, null, resolved)));
		return texts;
	}

	/** The room the page is in, opened by its link's key; null in a private chat. */
	private String room(String conversation, String key) {
		String room = WebIds.optional(conversation, "conversation");
		if (room != null) {
			keys.role(room, key);
		}
		return room;
	}

	/** Swedish unless the page asks for English; other languages have no message file. */
	static Locale locale(String tag) {
		return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Inbound.SWEDISH;
	}

}
