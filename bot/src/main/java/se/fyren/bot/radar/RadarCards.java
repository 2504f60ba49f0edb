package se.fyren.bot.radar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Reply;
import se.fyren.bot.infra.PublicAddress;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Occurrence;
import se.fyren.knowledge.Citation;

/**
 * The radar's cards: one issue, every issue of a place, a signal just logged, and the
 * window notices Fyren posts on its own.
 */
@Component
class RadarCards {

	/** Button ids: a signal in one stream (asks for its line), citing a passage. */
	static final String SIGNAL = "radar.signal";

	static final String CITE = "radar.cite";

	static final int SIGNALS_SHOWN = 8;

	static final int DECISIONS_SHOWN = 3;

	private final RadarText text;

	private final RadarAdvice advice;

	private final PublicAddress address;

	RadarCards(RadarText text, RadarAdvice advice, PublicAddress address) {
		this.text = text;
		this.advice = advice;
		this.address = address;
	}

	Reply.Card issue(FollowedIssue issue, List<Signal> signals, Radar.Reading reading, Radar radar, Locale locale) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text.message("radar.show.about", locale, issue.description(), issue.calendar()));
		paragraphs.add(text.state(reading, locale));
		if (signals.isEmpty()) {
			paragraphs.add(text.message("radar.show.noSignals", locale, issue.name()));
		}
		else {
			StringBuilder list = new StringBuilder(text.message("radar.show.signals", locale));
			// Newest first.
			for (int i = signals.size() - 1; i >= Math.max(0, signals.size() - SIGNALS_SHOWN); i--) {
				list.append("\n• ").append(signalLine(signals.get(i), locale));
			}
			paragraphs.add(list.toString());
		}
		if (!reading.ahead().isEmpty()) {
			StringBuilder decisions = new StringBuilder(text.message("radar.show.decisions", locale));
			for (Occurrence decision : reading.ahead().subList(0, Math.min(DECISIONS_SHOWN, reading.ahead().size()))) {
				decisions.append("\n• ")
					.append(text.message("radar.show.decision", locale, decision.event().title(),
							text.longDate(decision.date(), locale), text.date(radar.opens(decision), locale)));
			}
			paragraphs.add(decisions.toString());
		}
		List<Reply.Source> sources = reading.missing().isEmpty() ? List.of()
				: advice.forMissing(reading.missing(), locale);
		if (!sources.isEmpty()) {
			paragraphs.add(text.message("radar.show.advice", locale));
		}
		List<Reply.Link> exports = List.of(
				new Reply.Link(text.message("radar.show.exportMarkdown", locale), exportUrl(issue, "md")),
				new Reply.Link(text.message("radar.show.exportCsv", locale), exportUrl(issue, "csv")),
				new Reply.Link(text.message("radar.show.exportPicture", locale), pictureUrl(issue, "svg")));
		return new Reply.Card(text.message("radar.show.title", locale, issue.name()), paragraphs, sources, exports,
				signalButtons(issue, locale), pictureUrl(issue, "png"));
	}

	/**
	 * One button per stream, each asking for the signal's line: the form, in any chat.
	 */
	List<Reply.Action> signalButtons(FollowedIssue issue, Locale locale) {
		List<Reply.Action> actions = new ArrayList<>();
		for (KingdonStream stream : KingdonStream.values()) {
			actions
				.add(new Reply.Action(SIGNAL, text.message("radar.action.signal", locale, text.stream(stream, locale)),
						issue.id() + "|" + stream.key(), false, text.message("radar.action.signalInput", locale)));
		}
		return actions;
	}

	Reply.Card list(Map<FollowedIssue, Radar.Reading> readings, Locale locale) {
		List<String> paragraphs = new ArrayList<>();
		readings.forEach((issue, reading) -> paragraphs.add("*" + issue.name() + "* – " + text.state(reading, locale)));
		paragraphs.add(text.message("radar.list.more", locale));
		return new Reply.Card(text.message("radar.list.title", locale), paragraphs, List.of());
	}

	Reply.Card logged(FollowedIssue issue, Signal signal, Radar.Reading reading, List<Citation> fitting,
			Locale locale) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text.message("radar.signal.logged", locale, signal.number(),
				text.stream(signal.stream(), locale), issue.name(), text.dateInSentence(signal.date(), locale)));
		paragraphs.add(text.state(reading, locale));
		List<Reply.Action> actions = new ArrayList<>();
		if (!fitting.isEmpty()) {
			paragraphs.add(text.message("radar.signal.fitting", locale));
			for (int i = 0; i < fitting.size(); i++) {
				actions.add(Reply.Action.button(CITE, text.message("radar.action.cite", locale, i + 1),
						signal.id() + "|" + passageKey(fitting.get(i))));
			}
		}
		return new Reply.Card(text.message("radar.signal.title", locale, issue.name()), paragraphs,
				fitting.stream().map(citation -> advice.source(citation, locale)).toList(), actions, null);
	}

	Reply.Card opened(FollowedIssue issue, Radar.Reading reading, Occurrence decision, Locale locale) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text.message("radar.opened.when", locale, decision.event().title(),
				text.dateInSentence(decision.date(), locale)));
		StringBuilder coupled = new StringBuilder(text.message("radar.opened.coupled", locale));
		for (KingdonStream stream : KingdonStream.values()) {
			Signal latest = reading.stream(stream).latest().orElseThrow();
			coupled.append("\n• ")
				.append(text.stream(stream, locale))
				.append(": ")
				.append(latest.text())
				.append(" (")
				.append(text.date(latest.date(), locale))
				.append(")");
		}
		paragraphs.add(coupled.toString());
		if (!decision.event().checklist().isEmpty()) {
			paragraphs.add(text.message("radar.opened.checklist", locale) + "\n• "
					+ String.join("\n• ", decision.event().checklist()));
		}
		List<String> questions = new ArrayList<>(decision.event().queries());
		questions.add(issue.description());
		return new Reply.Card(text.message("radar.opened.title", locale, issue.name()), paragraphs,
				advice.sources(questions, RadarAdvice.MAX_SOURCES, locale), List.of(), pictureUrl(issue, "png"));
	}

	Reply.Card closed(FollowedIssue issue, Radar.Reading reading, Occurrence decision, Locale locale) {
		List<String> paragraphs = List.of(
				text.message("radar.closed.why", locale, text.streams(reading.missing(), locale),
						decision.event().title(), text.dateInSentence(decision.date(), locale)),
				text.state(reading, locale));
		return new Reply.Card(text.message("radar.closed.title", locale, issue.name()), paragraphs, List.of());
	}

	/**
	 * A short key for an offered passage, which a cite button carries: a button's value
	 * has little room, and the passage is found again by asking again.
	 */
	static String passageKey(Citation citation) {
		return Integer.toHexString(RadarAdvice.key(citation).hashCode());
	}

	String signalLine(Signal signal, Locale locale) {
		StringBuilder line = new StringBuilder("#").append(signal.number())
			.append(" · ")
			.append(text.stream(signal.stream(), locale))
			.append(" · ")
			.append(text.longDate(signal.date(), locale))
			.append(" · ")
			.append(signal.text());
		if (signal.link() != null) {
			line.append(" (").append(signal.link()).append(")");
		}
		if (signal.cited() != null) {
			line.append(" ").append(text.message("radar.show.cites", locale, text.cited(signal.cited(), locale)));
		}
		return line.toString();
	}

	String pictureUrl(FollowedIssue issue, String extension) {
		return address.link("/radar/" + issue.id() + "." + extension + "?key=" + issue.exportKey());
	}

	String exportUrl(FollowedIssue issue, String extension) {
		return address.link("/api/radar/" + issue.id() + "." + extension + "?key=" + issue.exportKey());
	}

}
