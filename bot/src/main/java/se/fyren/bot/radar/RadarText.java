package se.fyren.bot.radar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.WindowText;
import se.fyren.knowledge.Passage;

/**
 * Says where an issue stands in one line, Kingdon's way: "Problem ✓ (HLV 2026, 12
 * oktober), politik ✓ (motion, 3 november), policy saknas → ta fram ett kostnadsberäknat
 * förslag före sista dag för underlag till budgetförslaget, måndag den 5 oktober 2026".
 */
@Component
class RadarText {

	/** A signal is named by its first words, up to a colon or comma: "HLV 2026". */
	private static final int LABEL_WORDS = 3;

	private final MessageSource messages;

	private final WindowText wheel;

	RadarText(MessageSource messages, WindowText wheel) {
		this.messages = messages;
		this.wheel = wheel;
	}

	String state(Radar.Reading reading, Locale locale) {
		List<String> parts = new ArrayList<>();
		for (KingdonStream stream : KingdonStream.values()) {
			Radar.StreamReading read = reading.stream(stream);
			String name = stream(stream, locale);
			if (read.live()) {
				Signal latest = read.latest().orElseThrow();
				parts.add(message("radar.live", locale, name, label(latest.text()), date(latest.date(), locale)));
			}
			else if (read.stale()) {
				parts.add(message("radar.stale", locale, name, date(read.latest().orElseThrow().date(), locale)));
			}
			else {
				parts.add(message("radar.missing", locale, name));
			}
		}
		String line = String.join(", ", parts);
		return capitalised(line, locale) + " " + next(reading, locale);
	}

	/** The concrete next step. */
	private String next(Radar.Reading reading, Locale locale) {
		Optional<Occurrence> decision = reading.ahead().stream().findFirst();
		if (reading.openFor().isPresent()) {
			Occurrence open = reading.openFor().get();
			return message("radar.next.open", locale, title(open, locale), dateInSentence(open.date(), locale));
		}
		if (reading.allLive()) {
			return decision
				.map(d -> message("radar.next.waiting", locale, title(d, locale), dateInSentence(d.date(), locale)))
				.orElseGet(() -> message("radar.next.allLiveNoDecision", locale));
		}
		String steps = listed(
				reading.missing().stream().map(stream -> message("radar.step." + stream.key(), locale)).toList(),
				locale);
		return decision
			.map(d -> message("radar.next.missing", locale, steps, title(d, locale), dateInSentence(d.date(), locale)))
			.orElseGet(() -> message("radar.next.missingNoDecision", locale, steps));
	}

	String stream(KingdonStream stream, Locale locale) {
		return message("radar.stream." + stream.key(), locale);
	}

	/** Streams by name in running prose: "problem, politik och policy". */
	String streams(List<KingdonStream> streams, Locale locale) {
		return listed(streams.stream().map(stream -> stream(stream, locale)).toList(), locale);
	}

	/**
	 * Parts of a sentence as prose lists them, "och" before the last and commas before
	 * that: "a och b och c" stumbles.
	 */
	private String listed(List<String> parts, Locale locale) {
		if (parts.size() < 2) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + message("radar.and", locale) + " "
				+ parts.get(parts.size() - 1);
	}

	String title(Occurrence occurrence, Locale locale) {
		String title = occurrence.event().title();
		return title.substring(0, 1).toLowerCase(locale) + title.substring(1);
	}

	String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern(message("radar.date.short", locale), locale).format(date);
	}

	String longDate(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern(message("radar.date.long", locale), locale).format(date);
	}

	/**
	 * A date in running prose, as the year wheel writes one, so the two read alike:
	 * "måndag den 5 oktober 2026", "Monday 5 October 2026" (after the message's "on").
	 */
	String dateInSentence(LocalDate date, Locale locale) {
		return wheel.dateInSentence(date, locale);
	}

	/** "HLV 2026: andelen barn …" is "HLV 2026". */
	static String label(String text) {
		String head = text.split("[:,;.(]", 2)[0].strip();
		String[] words = head.split("\\s+");
		return words.length <= LABEL_WORDS ? head : String.join(" ", List.of(words).subList(0, LABEL_WORDS)) + " …";
	}

	/**
	 * A cited passage as answers name their sources: the report, its last section heading
	 * and the page ("Kursmanual – Förändringsagent, s. 12").
	 */
	String cited(CitedPassage cited, Locale locale) {
		StringBuilder label = new StringBuilder(cited.title());
		String section = cited.section();
		if (section != null && !section.isBlank()) {
			label.append(" – ").append(Passage.innermostHeading(section));
		}
		if (cited.page() != null) {
			label.append(", ").append(message("radar.page", locale, cited.page()));
		}
		return label.toString();
	}

	/**
	 * A reply that opens with what the person wrote ("ekonomi är ingen ström."), begun
	 * with a capital as a sentence is.
	 */
	String sentence(String code, Locale locale, Object... arguments) {
		return capitalised(message(code, locale, arguments), locale);
	}

	String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	private static String capitalised(String text, Locale locale) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

}
