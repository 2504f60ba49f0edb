package se.fyren.bot.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.fyren.bot.ask.Questions;
import se.fyren.bot.ask.ReportAnswers;
import se.fyren.bot.chat.Place;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.chat.Reply.Action;
import se.fyren.bot.chat.Reply.Card;
import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Citation;

/**
 * The prep card for a group: what the reports say connects its field to the determinants
 * of health, and which of the public-health policy's eight target areas it touches, so
 * the facilitator can open from the group's own goals (the manual: public health as a
 * means to the group's mission, not a goal of its own). Searched in the place's
 * collections; where the team has documents of its own, the card first says what they say
 * of the group's goals (the manual: look in mål och budget, flerårsplaner, ettårsplaner).
 */
@Component
class PrepCards {

	static final int MAX_SOURCES = 3;

	static final int MAX_AREA_QUESTIONS = 2;

	private final Questions questions;

	private final DialogueProperties properties;

	private final MessageSource messages;

	PrepCards(Questions questions, DialogueProperties properties, MessageSource messages) {
		this.questions = questions;
		this.properties = properties;
		this.messages = messages;
	}

	Reply prepare(String group, Place place, Locale locale) {
		String name = group.length() > ChainStarter.MAX_GROUP_CHARS ? group.substring(0, ChainStarter.MAX_GROUP_CHARS)
				: group;
		String lower = name.toLowerCase(Locale.ROOT);
		List<String> areas = properties.targetAreas()
			.stream()
			.filter(area -> area.keywords().stream().anyMatch(lower::contains))
			.map(DialogueProperties.TargetArea::name)
			.toList();
		// One question to the reports per target area touched (the reports are written by
		// area), or about the group itself when none is.
		List<String> topics = areas.isEmpty() ? List.of(name)
				: areas.stream().limit(MAX_AREA_QUESTIONS).map(PrepCards::topic).toList();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text("dialogue.prep.intro", locale, name));
		Set<String> passages = new LinkedHashSet<>();
		List<Reply.Source> sources = new ArrayList<>();
		questions.lookUpOwn(place, text("dialogue.prep.goalsQuery", locale, name))
			.filter(Answer::found)
			.ifPresent(answer -> {
				paragraphs.add(text("dialogue.prep.goals", locale, answer.text()));
				answer.citations()
					.stream()
					.filter(citation -> passages.add(citation.doc() + "/" + citation.section()))
					.forEach(citation -> sources.add(source(citation, locale)));
			});
		for (String topic : topics) {
			Answer answer = questions.lookUp(place, text("dialogue.prep.query", locale, topic));
			if (answer.found()) {
				paragraphs.add(answer.text());
				answer.citations()
					.stream()
					.filter(citation -> passages.add(citation.doc() + "/" + citation.section()))
					.forEach(citation -> sources.add(source(citation, locale)));
			}
		}
		if (paragraphs.size() == 1) {
			paragraphs.add(text("dialogue.prep.notFound", locale));
		}
		paragraphs.add(areas.isEmpty() ? text("dialogue.prep.noAreas", locale)
				: text("dialogue.prep.areas", locale, "• " + String.join("\n• ", areas)));
		Action start = new Action(ChainCards.START, text("dialogue.prep.start", locale),
				properties.defaultTemplate() + "/" + name, true, null);
		return new Card(text("dialogue.prep.title", locale, name), paragraphs,
				sources.stream().limit(MAX_SOURCES).toList(), List.of(start), null);
	}

	/**
	 * "2. Kunskaper, kompetenser och utbildning" as the reports' text would name it:
	 * "kunskaper, …".
	 */
	private static String topic(String area) {
		String words = area.replaceFirst("^\\d+\\.\\s*", "");
		return words.isEmpty() ? words : words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
	}

	private Reply.Source source(Citation citation, Locale locale) {
		StringBuilder label = new StringBuilder(citation.title()).append(ReportAnswers.whose(citation));
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
