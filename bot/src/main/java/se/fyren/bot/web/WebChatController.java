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
import org.springframework.web.bind.annotation.RestController;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage.Addressed;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.CommandPattern;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Inline;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.chat.WebUser;
import se.fyren.bot.infra.BodyExample;
import se.fyren.bot.infra.RefusedRequest;
import se.fyren.bot.infra.WebApi;

/**
 * The web chat's JSON API, a thin adapter over {@link Conversation}: translate the
 * request in, call the core, render the reply out. Bad input is thrown as
 * {@link RefusedRequest} and answered by {@link WebErrors}. A handler's {@link Locale} is
 * the language the request asks for ({@link WebLanguage}); a body's own {@code locale}
 * names its reply's. Asking's full answer and its ratings ({@code /api/ask},
 * {@code /api/feedback}) and the documents' upload are those features' own endpoints.
 */
@RestController
@RequestMapping("/api")
@WebApi
class WebChatController {

	/**
	 * The page's own texts, served from the message files so both languages live in one
	 * place.
	 */
	static final List<String> PAGE_TEXTS = List.of("web.title", "web.tagline", "web.question.label",
			"web.question.placeholder", "web.send", "web.sending", "web.answering", "web.you", "web.you.whole",
			"web.you.less", "web.sources", "web.showPassage", "web.feedback.question", "web.feedback.helpful",
			"web.feedback.notHelpful", "web.feedback.failed", "web.error", "web.empty", "web.language.other",
			"web.conversation", "web.notFound", "web.room.name", "web.room.save", "web.room.joined", "web.room.change",
			"web.room.saved", "web.room.mine", "web.room.share", "web.room.facilitator", "web.room.copy",
			"web.room.answers", "web.room.fullscreen", "web.offline", "web.upload.title", "web.upload.file",
			"web.upload.pick", "web.upload.none", "web.upload.key", "web.upload.send", "web.upload.sending",
			"web.upload.choose", "web.documents.tooLarge");

	private final Conversation conversation;

	private final MessageSource messages;

	private final WebPeople people;

	private final OpenedRooms rooms;

	WebChatController(Conversation conversation, MessageSource messages, WebPeople people, OpenedRooms rooms) {
		this.rooms = rooms;
		this.conversation = conversation;
		this.messages = messages;
		this.people = people;
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
						card.paragraphs().stream().map(ChatResponse::plain).toList(), card.sources(), card.links(),
						card.actions(), card.imageUrl());
				return new ChatResponse("card", plain, null, card.paragraphs().stream().map(WebMarkup::html).toList());
			}
			String text = ((Reply.TextReply) reply).text();
			return new ChatResponse("text", new Reply.TextReply(plain(text)), WebMarkup.html(text), null);
		}

		private static String plain(String text) {
			return Inline.parse(text).plain();
		}

	}

	@PostMapping("/chat")
	@BodyExample("web.example.chat")
	ChatResponse chat(@RequestBody ChatRequest request, WebUser user, Locale locale) {
		Destination where = new Destination(Channel.WEB, room(request.conversation(), request.key()), null);
		return ChatResponse.of(
				conversation
					.receive(ChatMessage
						.said(where, user.id(), null, request.text(), Addressed.DIRECT,
								WebLanguage.of(request.locale(), locale))
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
	@BodyExample("web.example.click")
	ResponseEntity<ChatResponse> click(@RequestBody ClickRequest request, WebUser user, Locale locale) {
		String actionId = WebIds.action(request.actionId());
		Destination where = new Destination(Channel.WEB, room(request.conversation(), request.key()),
				WebIds.optional(request.thread(), "thread"));
		people.remember(user.id(), request.name());
		Clicked click = new Clicked(where, user.id(), WebIds.optional(request.message(), "message"), actionId,
				request.value(), request.input(), WebLanguage.of(request.locale(), locale));
		return conversation.click(click)
			.map(reply -> ResponseEntity.ok(ChatResponse.of(reply)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	/** The landing page: what Fyren can do, with examples, and each feature's section. */
	record HomeResponse(ChatResponse help, List<ChatResponse> sections) {
	}

	@GetMapping("/home")
	HomeResponse home(Locale locale) {
		Conversation.Home home = conversation.home(Channel.WEB, locale);
		return new HomeResponse(ChatResponse.of(home.help()), home.sections().stream().map(ChatResponse::of).toList());
	}

	/**
	 * What makes a message a command, as the commands themselves answer by it: regular
	 * expressions the whole message (composed, trimmed) matches in any case, in what Java
	 * and JavaScript read alike. While one is on its way the page says Fyren answers, not
	 * that it searches the reports. The commands that start a conversation of their own
	 * (the page opens a room for them) and those that may name a calendar (group 1 the
	 * command word, group 2 the rest: the page gives the one chosen last).
	 */
	record CommandPatterns(List<String> patterns, List<String> startsRoom, List<String> takesCalendar) {
	}

	@GetMapping("/commands")
	CommandPatterns commands() {
		return new CommandPatterns(sources(conversation.commandPatterns()), sources(conversation.conversationStarts()),
				sources(conversation.calendarCommands()));
	}

	private static List<String> sources(List<CommandPattern> patterns) {
		return patterns.stream().map(CommandPattern::source).toList();
	}

	@GetMapping("/texts")
	Map<String, String> texts(Locale locale) {
		Map<String, String> texts = new LinkedHashMap<>();
		PAGE_TEXTS.forEach(code -> texts.put(code, messages.getMessage(code, null, locale)));
		return texts;
	}

	/** The room the page is in, opened by its link's key; null in a private chat. */
	private String room(String conversation, String key) {
		return rooms.open(conversation, key).id();
	}

}
