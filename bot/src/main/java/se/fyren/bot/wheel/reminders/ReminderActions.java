package se.fyren.bot.wheel.reminders;

import se.fyren.bot.wheel.Audience;
import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.WheelEvent;
import se.fyren.bot.wheel.WheelProperties;
import se.fyren.bot.wheel.Wheels;
import se.fyren.bot.wheel.WindowText;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.CardAction;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Reply;

/**
 * The reminder's buttons: "Påminn mig igen om en vecka" puts this reminder off for the
 * configured time in this channel, "Inte relevant för oss" stops reminders of that event
 * in this channel.
 */
@Component
class ReminderActions implements CardAction {

	private static final Logger log = LoggerFactory.getLogger(ReminderActions.class);

	private final Wheels wheels;

	private final SentReminders sent;

	private final Subscriptions subscriptions;

	private final ReminderTriggers triggers;

	private final ReminderPlan plan;

	private final WindowText text;

	private final WheelProperties properties;

	private final Clock clock;

	private final SnoozeBounds bounds;

	ReminderActions(Wheels wheels, SentReminders sent, Subscriptions subscriptions, ReminderTriggers triggers,
			ReminderPlan plan, WindowText text, WheelProperties properties, Clock clock, SnoozeBounds bounds) {
		this.wheels = wheels;
		this.sent = sent;
		this.subscriptions = subscriptions;
		this.triggers = triggers;
		this.plan = plan;
		this.text = text;
		this.properties = properties;
		this.clock = clock;
		this.bounds = bounds;
	}

	@Override
	public boolean handles(String actionId) {
		return ReminderCard.SNOOZE.equals(actionId) || ReminderCard.MUTE.equals(actionId);
	}

	@Override
	public Optional<Reply> handle(Clicked click) {
		Optional<Occurrence> occurrence = occurrence(click.value());
		if (occurrence.isEmpty() || click.where() == null || click.where().conversation() == null) {
			log.warn("Reminder button {} with a value Fyren cannot use: {}", click.actionId(), click.value());
			return Optional.of(new Reply.TextReply(text.message("wheel.action.gone", click.locale())));
		}
		String calendar = click.value().split("\\|")[0];
		WheelEvent event = occurrence.get().event();
		Audience audience = new Audience(click.where().channel(), click.where().conversation());
		if (!bounds.remindedOf(calendar, event.id(), occurrence.get().date(), audience)) {
			log.warn("Reminder button {} in {} for {} {} {}, which was never sent there (by {}); refused",
					click.actionId(), audience, calendar, event.id(), occurrence.get().date(), click.user());
			return Optional.of(new Reply.TextReply(text.message("wheel.action.gone", click.locale())));
		}
		if (ReminderCard.MUTE.equals(click.actionId())) {
			subscriptions.mute(calendar, event.id(), audience);
			log.info("{} muted {} {} (by {})", audience, calendar, event.id(), click.user());
			return Optional.of(new Reply.TextReply(text.message("wheel.action.muted", click.locale(), event.title())));
		}
		Instant due = clock.instant().plus(properties.snooze());
		if (plan.today(due).isAfter(occurrence.get().date())) {
			return Optional.of(new Reply.TextReply(text.message("wheel.action.tooLate", click.locale(), event.title(),
					text.dateInSentence(occurrence.get().date(), click.locale()))));
		}
		Optional<SentReminders.Snooze> snooze = snooze(calendar, event.id(), occurrence.get().date(), audience, due,
				click.user());
		if (snooze.isEmpty()) {
			return Optional.of(new Reply.TextReply(
					text.message("wheel.action.tooMany", click.locale(), properties.maxPendingSnoozes())));
		}
		return Optional.of(new Reply.TextReply(text.message("wheel.action.snoozed", click.locale(), event.title(),
				text.dateInSentence(plan.today(snooze.get().due()), click.locale()))));
	}

	/**
	 * One pending snooze per reminder and audience: a second click (or two at once) gets
	 * the first one's date, not a second reminder. Empty when the audience has put off as
	 * many as it may.
	 */
	private Optional<SentReminders.Snooze> snooze(String calendar, String eventId, LocalDate date, Audience audience,
			Instant due, String user) {
		Optional<SentReminders.Snooze> pending = sent.pendingSnooze(calendar, eventId, date, audience);
		if (pending.isPresent()) {
			log.info("{} snoozed {} {} {} again (by {}); already until {}", audience, calendar, eventId, date, user,
					pending.get().due());
			return Optional.of(pending.get());
		}
		if (bounds.pending(audience) >= properties.maxPendingSnoozes()) {
			log.warn("{} has {} reminders put off already; refused another (by {})", audience,
					properties.maxPendingSnoozes(), user);
			return Optional.empty();
		}
		try {
			SentReminders.Snooze snooze = sent.snooze(calendar, eventId, date, audience, due);
			triggers.wakeForSnooze(snooze.id(), due);
			log.info("{} snoozed {} {} {} until {} (by {})", audience, calendar, eventId, date, due, user);
			return Optional.of(snooze);
		}
		catch (DuplicateKeyException ex) {
			log.info("{} snoozed {} {} {} twice at once (by {}); kept one", audience, calendar, eventId, date, user);
			return Optional.of(sent.pendingSnooze(calendar, eventId, date, audience).orElseThrow(() -> ex));
		}
	}

	/** "kommun|budget|2026-11-30" as an occurrence still in the calendar. */
	private Optional<Occurrence> occurrence(String value) {
		String[] parts = value == null ? new String[0] : value.split("\\|");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			LocalDate date = LocalDate.parse(parts[2]);
			return wheels.named(parts[0]).flatMap(wheel -> wheel.occurrence(parts[1], date));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
