package se.fyren.bot.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Reply;
import se.fyren.bot.chat.Reply.Action;
import se.fyren.bot.chat.Reply.Card;
import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Citation;
import se.fyren.knowledge.KnowledgeBase;

/**
 * The prep card for a group: what the reports say connects its field to the determinants of health, and which
 * of the public-health policy's eight target areas it touches, so the facilitator can open from the group's own
 * goals (the manual: public health as a means to the group's mission, not a goal of its own).
 */
@Component
class PrepCards {

	static final int MAX_SOURCES = 3;

	private final KnowledgeBase knowledge;

	private final DialogueProperties properties;

	private final MessageSource messages;

	PrepCards(KnowledgeBase knowledge, DialogueProperties properties, MessageSource messages) {
		this.knowledge = knowledge;
		this.properties = properties;
		this.messages = messages;
	}

	Reply prepare(String group, Locale locale) {
		String name = group.length() > ChainStarter.MAX_GROUP_CHARS ? group.substring(0, ChainStarter.MAX_GROUP_CHARS)
				: group;
		String lower = name.toLowerCase(Locale.ROOT);
		Set<String> fields = new LinkedHashSet<>();
		List<String> areas = new ArrayList<>();
		for (DialogueProperties.TargetArea area : properties.targetAreas()) {
			List<String> touched = area.keywords().stream().filter(lower::contains).toList();
			if (!touched.isEmpty()) {
				areas.add(area.name());
				fields.addAll(touched);
			}
		}
		String field = fields.isEmpty() ? name : String.join(", ", fields);
		Answer answer = knowledge.ask(text("dialogue.prep.query", locale, field));

		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text("dialogue.prep.intro", locale, name));
		paragraphs.add(answer.found() ? answer.text() : text("dialogue.prep.notFound", locale));
		paragraphs.add(areas.isEmpty() ? text("dialogue.prep.noAreas", locale)
				: text("dialogue.prep.areas", locale, "• " + String.join("\n• ", areas)));
		List<Reply.Source> sources = answer.found()
				? answer.citations().stream().limit(MAX_SOURCES).map(citation -> source(citation, locale)).toList()
				: List.of();
		Action start = new Action(ChainCards.START, text("dialogue.prep.start", locale),
				properties.defaultTemplate() + "/" + name, true, null);
		return new Card(text("dialogue.prep.title", locale, name), paragraphs, sources, List.of(start), null);
	}

	private Reply.Source source(Citation citation, Locale locale) {
		StringBuilder label = new StringBuilder(citation.title());
		if (citation.section() != null && !citation.section().isBlank()) {
			label.append(" – ").append(citation.section());
		}
		if (citation.page() != null) {
			label.append(", ").append(text("answer.page", locale, citation.page()));
		}
		return new Reply.Source(citation.doc(), citation.title(), citation.section(), citation.page(), label.toString(),
				citation.passageText());
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
