package se.fyren.bot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.image;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import org.springframework.context.MessageSource;

import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Inline;
import se.fyren.bot.chat.Reply;

/**
 * Renders the core's {@link Reply} as Block Kit: the answer, up to three sources each
 * with a "Visa stycket" button, and helpful / not helpful buttons. Buttons carry what
 * their action needs in their value, so a click still works after a restart.
 */
final class ReplyBlocks {

	static final String SHOW_PASSAGE = "fyren_passage";

	static final String HELPFUL = "fyren_helpful";

	static final String NOT_HELPFUL = "fyren_not_helpful";

	static final String SHARE = "fyren_share";

	/**
	 * A card's button: the action id after the prefix is the feature's own
	 * ({@code dialogue.next}).
	 */
	static final String CARD_ACTION = "fyren_card:";

	/** A card's button that first asks for text in a modal. */
	static final String CARD_INPUT = "fyren_input:";

	static final String INPUT_VIEW = "fyren_card_input";

	static final String INPUT_BLOCK = "input";

	/** Slack's limit on a modal's title. */
	static final int MAX_MODAL_TITLE = 24;

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[[0-9a-fA-F:.]+]");

	/** Slack's limits: 3000 characters in a section, 2000 in a button value. */
	static final int MAX_SECTION = 3000;

	static final int MAX_VALUE = 2000;

	private final MessageSource messages;

	ReplyBlocks(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param shareable adds "Dela i kanalen" (the ephemeral answer to /fyren only the
	 * asker sees)
	 */
	Rendered render(Reply reply, Locale locale, boolean shareable) {
		// Java 17: no pattern matching for switch yet, so the sealed cases are tested in
		// turn.
		if (reply instanceof Reply.AnswerReply answer) {
			return answer(answer, locale, shareable);
		}
		if (reply instanceof Reply.Card card) {
			return card(card, locale);
		}
		if (reply instanceof Reply.HelpReply help) {
			return new Rendered(help.text(),
					List.of(section(s -> s.text(markdownText(mrkdwn(help.text())))), examples(help, locale)));
		}
		String text = ((Reply.TextReply) reply).text();
		return new Rendered(text, List.of(section(s -> s.text(markdownText(mrkdwn(text))))));
	}

	private Rendered answer(Reply.AnswerReply answer, Locale locale, boolean shareable) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(s -> s.text(markdownText(mrkdwn(answer.text())))));
		blocks.addAll(sources(answer.sources(), locale));
		List<BlockElement> buttons = new ArrayList<>();
		buttons.add(button(
				b -> b.actionId(HELPFUL).text(plainText(message("slack.helpful", locale))).value(answer.answerId())));
		buttons.add(button(b -> b.actionId(NOT_HELPFUL)
			.text(plainText(message("slack.notHelpful", locale)))
			.value(answer.answerId())));
		if (shareable) {
			buttons.add(button(b -> b.actionId(SHARE)
				.style("primary")
				.text(plainText(message("slack.share", locale)))
				.value(cut(answer.question(), MAX_VALUE))));
		}
		blocks.add(actions(a -> a.elements(buttons)));
		return new Rendered(answer.text(), blocks);
	}

	private List<LayoutBlock> sources(List<Reply.Source> sources, Locale locale) {
		List<LayoutBlock> blocks = new ArrayList<>();
		if (!sources.isEmpty()) {
			blocks.add(context(c -> c.elements(List.of(markdownText(mrkdwn(message("answer.sources", locale)))))));
		}
		int number = 1;
		for (Reply.Source source : sources) {
			String line = "*" + number++ + ".* " + mrkdwn(source.label());
			blocks.add(section(s -> s.text(markdownText(cut(line, MAX_SECTION)))
				.accessory(button(b -> b.actionId(SHOW_PASSAGE)
					.text(plainText(message("slack.showPassage", locale)))
					.value(passageValue(source))))));
		}
		return blocks;
	}

	/** A feature's card: heading, paragraphs, sources, picture, then its buttons. */
	private Rendered card(Reply.Card card, Locale locale) {
		List<LayoutBlock> blocks = new ArrayList<>();
		if (card.title() != null && !card.title().isBlank()) {
			blocks.add(header(h -> h.text(plainText(cut(card.title(), 150)))));
		}
		card.paragraphs().forEach(paragraph -> blocks.add(section(s -> s.text(markdownText(mrkdwn(paragraph))))));
		blocks.addAll(sources(card.sources(), locale));
		if (!card.links().isEmpty()) {
			String links = card.links()
				.stream()
				.map(link -> "<" + link.url() + "|" + escaped(link.label()) + ">")
				.collect(Collectors.joining("\n"));
			blocks.add(section(s -> s.text(markdownText(cut(links, MAX_SECTION)))));
		}
		if (card.imageUrl() != null && reachableBySlack(card.imageUrl())) {
			String alt = card.title() == null ? "Fyren" : card.title();
			blocks.add(image(i -> i.imageUrl(card.imageUrl()).altText(cut(alt, 2000))));
		}
		if (!card.actions().isEmpty()) {
			List<BlockElement> buttons = new ArrayList<>();
			for (Reply.Action action : card.actions()) {
				String prefix = action.inputLabel() == null ? CARD_ACTION : CARD_INPUT;
				buttons.add(button(b -> b.actionId(cut(prefix + action.id(), 255))
					.text(plainText(cut(action.label(), 75)))
					.value(cut(action.value() == null ? "" : action.value(), MAX_VALUE))
					.style(action.primary() ? "primary" : null)));
			}
			blocks.add(actions(a -> a.elements(buttons)));
		}
		String text = card.title() != null ? card.title()
				: card.paragraphs().isEmpty() ? "Fyren" : card.paragraphs().get(0);
		return new Rendered(text, blocks);
	}

	/**
	 * The modal a card's input button opens: one text field labelled as the action says;
	 * what the click needs afterwards travels in the view's private metadata.
	 */
	View inputModal(String label, String metadata, Locale locale) {
		return View.builder()
			.type("modal")
			.callbackId(INPUT_VIEW)
			.privateMetadata(metadata)
			.title(viewTitle(
					t -> t.type("plain_text").text(cut(message("slack.modal.title", locale), MAX_MODAL_TITLE))))
			.submit(viewSubmit(
					t -> t.type("plain_text").text(cut(message("slack.modal.submit", locale), MAX_MODAL_TITLE))))
			.close(viewClose(
					t -> t.type("plain_text").text(cut(message("slack.modal.close", locale), MAX_MODAL_TITLE))))
			.blocks(List.of(input(i -> i.blockId(INPUT_BLOCK)
				.label(plainText(cut(label, 2000)))
				.element(plainTextInput(t -> t.actionId(INPUT_BLOCK).multiline(true).maxLength(3000))))))
			.build();
	}

	/**
	 * The source's label on the first line, then as much of the passage as a button value
	 * holds.
	 */
	static String passageValue(Reply.Source source) {
		String label = source.label().replace('\n', ' ');
		return cut(label + "\n" + (source.passage() == null ? "" : source.passage()), MAX_VALUE);
	}

	/** What "Visa stycket" shows: the source in bold, the passage quoted. */
	Rendered passage(String value) {
		int cut = value.indexOf('\n');
		String label = cut < 0 ? value : value.substring(0, cut);
		String passage = cut < 0 ? "" : value.substring(cut + 1).strip();
		String quoted = "> " + mrkdwn(passage).replace("\n", "\n> ");
		return new Rendered(label + "\n" + passage,
				List.of(section(s -> s.text(markdownText(cut("*" + mrkdwn(label) + "*\n" + quoted, MAX_SECTION))))));
	}

	Rendered text(String code, Locale locale) {
		String text = message(code, locale);
		return new Rendered(text, List.of(section(s -> s.text(markdownText(mrkdwn(text))))));
	}

	/**
	 * "@user delade ett svar från Fyren:" above a shared answer; the mention stays a real
	 * mention.
	 */
	LayoutBlock sharedBy(String user, Locale locale) {
		String placeholder = "\0";
		String text = mrkdwn(messages.getMessage("slack.sharedBy", new Object[] { placeholder }, locale))
			.replace(placeholder, "<@" + user + ">");
		return context(c -> c.elements(List.of(markdownText(text))));
	}

	/**
	 * The App Home tab: what Fyren can do, how to ask, example questions, then the
	 * features' sections (the year wheel, when there is one).
	 */
	View home(Conversation.Home home, Locale locale) {
		Reply.HelpReply help = home.help();
		List<LayoutBlock> blocks = new ArrayList<>(List.of(
				header(h -> h.text(plainText(message("slack.home.title", locale)))),
				section(s -> s.text(markdownText(mrkdwn(help.text())))),
				section(s -> s.text(markdownText(message("slack.home.howTo", locale)))), examples(help, locale)));
		home.sections().forEach(card -> {
			blocks.add(divider());
			blocks.addAll(card(card, locale).blocks());
		});
		return View.builder().type("home").blocks(blocks).build();
	}

	private LayoutBlock examples(Reply.HelpReply help, Locale locale) {
		StringBuilder text = new StringBuilder("*").append(mrkdwn(message("slack.examples", locale))).append("*");
		help.examples().forEach(example -> text.append("\n• ").append(mrkdwn(example)));
		return section(s -> s.text(markdownText(cut(text.toString(), MAX_SECTION))));
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

	/**
	 * Slack's servers fetch a picture themselves, and refuse the whole message when they
	 * cannot: a card whose picture is on a local or private address (Fyren's default
	 * {@code fyren.public-url}) goes without it.
	 */
	static boolean reachableBySlack(String imageUrl) {
		try {
			String host = URI.create(imageUrl).getHost();
			if (host == null || host.equals("localhost") || host.endsWith(".localhost")) {
				return false;
			}
			if (!IP_LITERAL.matcher(host).matches()) {
				return true;
			}
			// An address literal: no name lookup happens.
			InetAddress address = InetAddress.getByName(host);
			return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
					|| address.isAnyLocalAddress());
		}
		catch (IllegalArgumentException | UnknownHostException ex) {
			return false;
		}
	}

	/** The core's markup as Slack's mrkdwn. */
	static String mrkdwn(String text) {
		return cut(Inline.parse(text).lineByLine(ReplyBlocks::mrkdwn), MAX_SECTION);
	}

	private static String mrkdwn(Inline.Span span) {
		if (span instanceof Inline.Bold bold) {
			return "*" + escaped(bold.text()) + "*";
		}
		return escaped(span.text());
	}

	/**
	 * Slack's mrkdwn needs only these three escaped; the rest of the text stays as
	 * written.
	 */
	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
