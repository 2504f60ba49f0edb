package se.fyren.bot.windows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * A wheel as an iCalendar feed, so its dates also show in Outlook: one all-day event per
 * occurrence with a UID that stays the same across downloads (calendar, event, date), and
 * an alarm per lead time.
 */
@Component
class WheelFeed {

	private final WindowText text;

	WheelFeed(WindowText text) {
		this.text = text;
	}

	String ics(Wheel wheel, LocalDate from, LocalDate to, Locale locale) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Fyren//Årshjul//SV"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", wheel.title()));
		for (Occurrence occurrence : wheel.occurrences(from, to)) {
			calendar.add(event(wheel, occurrence, locale));
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the calendar feed of " + wheel.name(), ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("The calendar feed of " + wheel.name() + " is not valid iCalendar", ex);
		}
		return out.toString();
	}

	private VEvent event(Wheel wheel, Occurrence occurrence, Locale locale) {
		WheelEvent event = occurrence.event();
		LocalDate date = occurrence.date();
		VEvent vevent = new VEvent(date, date.plusDays(1), event.title());
		vevent.add(new Uid(wheel.name() + "-" + event.id() + "-" + date + "@fyren"));
		StringBuilder description = new StringBuilder(event.description());
		if (!event.checklist().isEmpty()) {
			description.append("\n\n").append(text.message("windows.reminder.checklist", locale).replace("*", ""));
			event.checklist().forEach(item -> description.append("\n- ").append(item));
		}
		vevent.add(new Description(description.toString().strip()));
		vevent.add(new Categories(text.stream(event.stream(), locale) + "," + text.kind(event.kind(), locale)));
		for (Duration lead : event.leadTimes()) {
			VAlarm alarm = new VAlarm(lead.negated());
			alarm.add(new Action("DISPLAY"));
			alarm.add(new Description(event.title()));
			vevent.add(alarm);
		}
		return vevent;
	}

}
