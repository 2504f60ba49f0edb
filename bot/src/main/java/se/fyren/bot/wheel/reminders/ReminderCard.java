package se.fyren.bot.wheel.reminders;

import se.fyren.bot.wheel.EventKind;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.Wheel;
import se.fyren.bot.wheel.WheelEvent;
import se.fyren.bot.wheel.WheelProperties;
import se.fyren.bot.wheel.ReminderNotes;
import se.fyren.bot.wheel.Window;
import se.fyren.bot.wheel.WindowFinder;
import se.fyren.bot.wheel.WindowText;
import se.fyren.bot.wheel.pictures.WheelImages;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Reply;
import se.fyren.knowledge.Citation;
import se.fyren.bot.ask.Questions;
import se.fyren.bot.ask.ReportAnswers;
import se.fyren.bot.chat.Place;
import se.fyren.knowledge.Passage;

/**
 * The reminder as a card: what is coming and when, which stream, why it is a window, what
 * to prepare, what features add for the place ({@link ReminderNotes}), a few passages
 * from the reports on the event's questions, and the snooze and mute buttons.
 */
@Component
class ReminderCard {

	// Button ids stay "windows.*": they live on in reminders already posted in Slack and
	// Teams.
	static final String SNOOZE = "windows.snooze";

	static final String MUTE = "windows.mute";

	private static final int MAX_SOURCES = 3;

	private final Questions questions;

	private final WindowFinder finder;

	private final WindowText text;

	private final WheelImages images;

	private final WheelProperties properties;

	private final ObjectProvider<ReminderNotes> notes;

	private final Subscriptions subscriptions;

	ReminderCard(Questions questions, WindowFinder finder, WindowText text, WheelImages images,
			WheelProperties properties, ObjectProvider<ReminderNotes> notes, Subscriptions subscriptions) {
		this.properties = properties;
		this.notes = notes;
		this.subscriptions = subscriptions;
		this.questions = questions;
		this.finder = finder;
		this.text = text;
		this.images = images;
	}

	Reply.Card reminder(Wheel wheel, Occurrence occurrence, Reminder reminder, Locale locale) {
		WheelEvent event = occurrence.event();
		String title = text.message("wheel.reminder.title", locale, event.title(),
				text.date(occurrence.date(), locale));
		List<String> paragraphs = new ArrayList<>();
		long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(reminder.due(), properties.zone()), occurrence.date());
		paragraphs.add(text.message("wheel.reminder.when", locale, days, event.description()));
		paragraphs.add(text.message("wheel.reminder.stream", locale, text.stream(event.stream(), locale),
				text.kind(event.kind(), locale), wheel.title()));
		paragraphs.add(text.message("wheel.reminder.why", locale) + "\n" + why(wheel, occurrence, locale));
		if (!event.checklist().isEmpty()) {
			paragraphs.add(
					text.message("wheel.reminder.checklist", locale) + "\n• " + String.join("\n• ", event.checklist()));
		}
		notes.orderedStream()
			.forEach(
					feature -> paragraphs.addAll(feature.notes(wheel.name(), occurrence, reminder.audience(), locale)));
		String value = wheel.name() + "|" + event.id() + "|" + occurrence.date();
		List<Reply.Action> actions = List.of(
				Reply.Action.button(SNOOZE, text.message("wheel.action.snooze", locale), value),
				Reply.Action.button(MUTE, text.message("wheel.action.mute", locale), value));
		return new Reply.Card(title, paragraphs, sources(event, reminder, locale), actions,
				images.pngUrl(wheel, occurrence.date().getYear(), locale));
	}

	/** The window this event is part of, or why it is worth knowing on its own. */
	private String why(Wheel wheel, Occurrence occurrence, Locale locale) {
		if (occurrence.event().stream() == KingdonStream.POLICY
				&& occurrence.event().kind() == EventKind.DECISION_POINT) {
			return text.explanation(finder.windowAt(wheel, occurrence), locale);
		}
		Optional<Window> ahead = finder
			.windows(wheel, occurrence.date(), occurrence.date().plusDays(finder.span().toDays()))
			.stream()
			.findFirst();
		return ahead
			.map(window -> text.message("wheel.reminder.partOf", locale, window.decision().event().title(),
					text.dateInSentence(window.decision().date(), locale), text.explanation(window, locale)))
			.orElseGet(() -> text.message("wheel.reminder.noWindow", locale));
	}

	/**
	 * The top passages for the event's questions, one per report section, at most three,
	 * from the collections that answer where the reminder goes: the place the
	 * subscription was made in, so rules naming its workspace apply too. Where no
	 * subscription recorded it (an audience from a calendar file), the conversation
	 * alone: the rules that name the chat or the conversation apply, and the place is
	 * taken as private, so nothing private from elsewhere comes along.
	 */
	private List<Reply.Source> sources(WheelEvent event, Reminder reminder, Locale locale) {
		Place place = subscriptions.placeOf(reminder.audience())
			.orElseGet(() -> Place.of(reminder.audience().destination()));
		Map<String, Reply.Source> sources = new LinkedHashMap<>();
		for (String query : event.queries()) {
			for (Citation citation : questions.lookUp(place, query).citations()) {
				sources.putIfAbsent(citation.doc() + "|" + citation.section(), source(citation, locale));
			}
		}
		return sources.values().stream().limit(MAX_SOURCES).toList();
	}

	private Reply.Source source(Citation citation, Locale locale) {
		StringBuilder label = new StringBuilder(citation.title()).append(ReportAnswers.whose(citation));
		if (citation.section() != null && !citation.section().isBlank()) {
			label.append(" – ").append(Passage.innermostHeading(citation.section()));
		}
		if (citation.page() != null) {
			label.append(", ").append(text.message("wheel.page", locale, citation.page()));
		}
		return new Reply.Source(citation.doc(), citation.title(), citation.section(), citation.page(), label.toString(),
				citation.passageText());
	}

}
