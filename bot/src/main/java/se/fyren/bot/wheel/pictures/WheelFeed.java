package se.fyren.bot.wheel.pictures;

import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.Wheel;
import se.fyren.bot.wheel.WheelEvent;
import se.fyren.bot.wheel.WheelProperties;
import se.fyren.bot.wheel.Window;
import se.fyren.bot.wheel.WindowFinder;
import se.fyren.bot.wheel.WindowText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

import se.fyren.bot.infra.PublicAddress;

/**
 * A wheel as an iCalendar subscription, so its dates also show in Outlook: one all-day
 * event per occurrence and one spanning each open window (from the first data or
 * political change to the decision, with why it is a window and the checklist). UIDs stay
 * the same across downloads (calendar, event, date) and name this installation's host, so
 * two Fyrens' feeds never clash; DTSTAMP is when the calendar files last changed, so an
 * unchanged feed is byte for byte the same (and its ETag too). ical4j folds lines at 75
 * octets.
 */
@Component
class WheelFeed {

	/** How often a subscribed client should fetch the feed again. */
	static final Duration REFRESH = Duration.ofHours(12);

	private final WindowText text;

	private final WindowFinder finder;

	private final WheelProperties properties;

	private final String host;

	WheelFeed(WindowText text, WindowFinder finder, WheelProperties properties, PublicAddress address) {
		this.text = text;
		this.finder = finder;
		this.properties = properties;
		this.host = URI.create(address.link("/")).getHost();
	}

	String ics(Wheel wheel, LocalDate from, LocalDate to, Locale locale) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Fyren//Årshjul//SV"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", wheel.title()));
		calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
		ParameterList duration = new ParameterList(List.of(new Value("DURATION")));
		// RFC 7986's own property: as an XProperty, ical4j warned of its name on every
		// request.
		calendar.add(new RefreshInterval(duration, REFRESH));
		Instant stamp = lastChanged();
		for (Occurrence occurrence : wheel.occurrences(from, to)) {
			calendar.add(event(wheel, occurrence, stamp, locale));
		}
		for (Window window : finder.windows(wheel, from, to)) {
			calendar.add(window(window, stamp, locale));
		}
		StringWriter out = new StringWriter();
		try {
			// Unfolded here and folded below by octets: ical4j folds by characters, and å
			// is two.
			new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the calendar feed of " + wheel.name(), ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("The calendar feed of " + wheel.name() + " is not valid iCalendar", ex);
		}
		return folded(out.toString());
	}

	/** RFC 5545's longest line, in octets, without its CRLF. */
	static final int LINE_OCTETS = 75;

	/**
	 * Each line folded at 75 octets of UTF-8: a continuation starts with a space, and a
	 * character is never split.
	 */
	static String folded(String unfolded) {
		StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / LINE_OCTETS * 3);
		for (String line : unfolded.split("\r\n")) {
			int octets = 0;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
				if (octets + size > LINE_OCTETS) {
					folded.append("\r\n ");
					octets = 1;
				}
				folded.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			folded.append("\r\n");
		}
		return folded.toString();
	}

	/**
	 * A window as one event over the days it is open, ending with the decision; the
	 * explanation and the decision's checklist in its description.
	 */
	private VEvent window(Window window, Instant stamp, Locale locale) {
		Occurrence decision = window.decision();
		VEvent vevent = new VEvent(window.opens(), decision.date().plusDays(1),
				text.message("wheel.feed.window", locale, decision.event().title()));
		vevent.replace(new DtStamp(stamp));
		vevent.add(new Uid(
				window.wheel().name() + "-fonster-" + decision.event().id() + "-" + decision.date() + "@" + host));
		vevent.add(new Description(withChecklist(text.explanation(window, locale), decision.event(), locale)));
		vevent.add(new Categories(text.message("wheel.feed.windowCategory", locale)));
		return vevent;
	}

	private VEvent event(Wheel wheel, Occurrence occurrence, Instant stamp, Locale locale) {
		WheelEvent event = occurrence.event();
		LocalDate date = occurrence.date();
		VEvent vevent = new VEvent(date, date.plusDays(1), event.title());
		vevent.replace(new DtStamp(stamp));
		vevent.add(new Uid(wheel.name() + "-" + event.id() + "-" + date + "@" + host));
		vevent.add(new Description(withChecklist(event.description(), event, locale)));
		vevent.add(new Categories(text.stream(event.stream(), locale) + "," + text.kind(event.kind(), locale)));
		for (Duration lead : event.leadTimes()) {
			VAlarm alarm = new VAlarm(lead.negated());
			alarm.add(new Action("DISPLAY"));
			alarm.add(new Description(event.title()));
			vevent.add(alarm);
		}
		return vevent;
	}

	private String withChecklist(String about, WheelEvent event, Locale locale) {
		StringBuilder description = new StringBuilder(about == null ? "" : about);
		if (!event.checklist().isEmpty()) {
			description.append("\n\n").append(text.message("wheel.reminder.checklist", locale).replace("*", ""));
			event.checklist().forEach(item -> description.append("\n- ").append(item));
		}
		return description.toString().strip();
	}

	/**
	 * When the calendar files last changed, to the second: the feed's content changes
	 * with them only.
	 */
	private Instant lastChanged() {
		try (Stream<Path> files = Files.list(Path.of(properties.calendars()))) {
			return files.map(WheelFeed::modified)
				.max(Comparator.naturalOrder())
				.orElse(Instant.EPOCH)
				.truncatedTo(ChronoUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the calendar folder " + properties.calendars(), ex);
		}
	}

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the time of " + file, ex);
		}
	}

}
