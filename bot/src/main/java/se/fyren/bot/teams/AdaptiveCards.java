package se.fyren.bot.teams;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.fyren.bot.chat.Inline;
import se.fyren.bot.chat.Reply;

/**
 * Renders the core's {@link Reply} as an Adaptive Card (schema 1.5, which Teams renders
 * on desktop, web and mobile): the answer with its sources, each with "Visa stycket"
 * opening the passage in place, and helpful / not helpful buttons; a feature's card with
 * its buttons, a text field where a button asks for one. Buttons are
 * {@code Action.Submit} whose data carries everything the click needs, so it works after
 * a restart.
 */
final class AdaptiveCards {

	static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

	/** The data key that marks a submit as Fyren's, with its kind as the value. */
	static final String KIND = "fyren";

	static final String RATE = "rate";

	static final String CARD = "card";

	/**
	 * The id of the text field a card action asks for; Teams puts its value under this
	 * key in the data.
	 */
	static final String INPUT = "input";

	/** Keeps a card well inside Teams' 28 KB message limit. */
	static final int MAX_PASSAGE = 2000;

	private final JsonMapper json;

	private final MessageSource messages;

	AdaptiveCards(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	ObjectNode render(Reply reply, Locale locale) {
		// Java 17: no pattern matching for switch yet, so the sealed cases are tested in
		// turn.
		if (reply instanceof Reply.AnswerReply answer) {
			return answer(answer, locale);
		}
		if (reply instanceof Reply.HelpReply help) {
			return help(help, locale);
		}
		if (reply instanceof Reply.Card card) {
			return card(card, locale);
		}
		ObjectNode card = card();
		text(card.withArray("body"), markdown(((Reply.TextReply) reply).text()));
		return card;
	}

	/** The short text a notification or the chat list shows for the message. */
	static String summary(Reply reply) {
		String text;
		if (reply instanceof Reply.AnswerReply answer) {
			text = answer.text();
		}
		else if (reply instanceof Reply.HelpReply help) {
			text = help.text();
		}
		else if (reply instanceof Reply.Card card) {
			text = card.title() != null ? card.title() : card.paragraphs().isEmpty() ? "" : card.paragraphs().get(0);
		}
		else {
			text = ((Reply.TextReply) reply).text();
		}
		return cut(text.replace('\n', ' '), 200);
	}

	private ObjectNode answer(Reply.AnswerReply answer, Locale locale) {
		ObjectNode card = card();
		ArrayNode body = card.withArray("body");
		text(body, answer.text());
		sources(body, answer.sources(), locale);
		ArrayNode actions = card.withArray("actions");
		actions.add(rating(answer.answerId(), true, message("teams.helpful", locale)));
		actions.add(rating(answer.answerId(), false, message("teams.notHelpful", locale)));
		return card;
	}

	private ObjectNode rating(String answerId, boolean helpful, String title) {
		ObjectNode action = json.createObjectNode().put("type", "Action.Submit").put("title", title);
		action.putObject("data").put(KIND, RATE).put("answerId", answerId).put("helpful", helpful);
		return action;
	}

	private void sources(ArrayNode body, List<Reply.Source> sources, Locale locale) {
		if (sources.isEmpty()) {
			return;
		}
		body.addObject()
			.put("type", "TextBlock")
			.put("text", message("teams.sources", locale))
			.put("weight", "Bolder")
			.put("spacing", "Medium")
			.put("wrap", true);
		int number = 1;
		for (Reply.Source source : sources) {
			body.addObject().put("type", "TextBlock").put("text", number++ + ". " + source.label()).put("wrap", true);
			if (source.passage() != null && !source.passage().isBlank()) {
				ObjectNode passage = card();
				passage.remove("$schema");
				text(passage.withArray("body"), cut(source.passage(), MAX_PASSAGE)).put("isSubtle", true);
				ObjectNode show = json.createObjectNode()
					.put("type", "Action.ShowCard")
					.put("title", message("teams.showPassage", locale));
				show.set("card", passage);
				body.addObject().put("type", "ActionSet").withArray("actions").add(show);
			}
		}
	}

	private ObjectNode help(Reply.HelpReply help, Locale locale) {
		ObjectNode card = card();
		ArrayNode body = card.withArray("body");
		// The commands in the list are marked bold, as in every message.
		text(body, markdown(help.text()));
		text(body, message("teams.examples", locale)).put("weight", "Bolder");
		ArrayNode actions = card.withArray("actions");
		for (String example : help.examples()) {
			// imBack: the example is sent as if the user had typed it, so it is answered
			// like any question.
			ObjectNode action = actions.addObject().put("type", "Action.Submit").put("title", cut(example, 80));
			action.putObject("data").putObject("msteams").put("type", "imBack").put("value", example);
		}
		return card;
	}

	private ObjectNode card(Reply.Card reply, Locale locale) {
		ObjectNode card = card();
		ArrayNode body = card.withArray("body");
		if (reply.title() != null && !reply.title().isBlank()) {
			text(body, markdown(reply.title())).put("size", "Medium").put("weight", "Bolder");
		}
		reply.paragraphs().forEach(paragraph -> text(body, markdown(paragraph)));
		sources(body, reply.sources(), locale);
		if (!reply.links().isEmpty()) {
			text(body, markdown(reply.links()));
		}
		if (reply.imageUrl() != null && !reply.imageUrl().isBlank()) {
			body.addObject().put("type", "Image").put("url", reply.imageUrl()).put("altText", reply.title());
		}
		ArrayNode actions = card.withArray("actions");
		for (Reply.Action action : reply.actions()) {
			actions.add(action.inputLabel() == null ? submit(action) : asking(action, locale));
		}
		return card;
	}

	private ObjectNode submit(Reply.Action action) {
		ObjectNode submit = json.createObjectNode().put("type", "Action.Submit").put("title", action.label());
		if (action.primary()) {
			submit.put("style", "positive");
		}
		submit.putObject("data").put(KIND, CARD).put("id", action.id()).put("value", action.value());
		return submit;
	}

	/**
	 * A button that first opens a text field under the card, with its own send button.
	 */
	private ObjectNode asking(Reply.Action action, Locale locale) {
		ObjectNode form = card();
		form.remove("$schema");
		form.withArray("body")
			.addObject()
			.put("type", "Input.Text")
			.put("id", INPUT)
			.put("label", action.inputLabel())
			.put("isMultiline", true)
			.put("isRequired", true)
			.put("errorMessage", message("teams.inputRequired", locale));
		ObjectNode send = submit(action).put("title", message("teams.send", locale));
		form.withArray("actions").add(send);
		ObjectNode show = json.createObjectNode().put("type", "Action.ShowCard").put("title", action.label());
		show.set("card", form);
		return show;
	}

	private ObjectNode card() {
		return json.createObjectNode()
			.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
			.put("type", "AdaptiveCard")
			.put("version", "1.5");
	}

	private static ObjectNode text(ArrayNode body, String text) {
		return body.addObject().put("type", "TextBlock").put("text", text).put("wrap", true);
	}

	/**
	 * The core's markup as the Markdown an Adaptive Card's text understands. A paragraph
	 * may hold what a person wrote, and Teams would draw "[label](address)" in it as a
	 * link that hides its address, so the space keeps it text: backslash escapes are not
	 * honoured alike by Teams on the desktop and on phones.
	 */
	static String markdown(String paragraph) {
		return Inline.parse(paragraph).lineByLine(AdaptiveCards::markdown).replace("](", "] (");
	}

	private static String markdown(Inline.Span span) {
		if (span instanceof Inline.Bold bold) {
			return "**" + bold.text() + "**";
		}
		return span.text();
	}

	/** A feature's links, one a line, each shown by its label. */
	private static String markdown(List<Reply.Link> links) {
		return links.stream()
			.map(link -> "[" + link.label() + "](" + link.url() + ")")
			.collect(Collectors.joining("\n\n"));
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

	static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
