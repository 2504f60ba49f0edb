package se.fyren.bot.wheel.reminders;

import se.fyren.bot.wheel.Audience;
import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.Wheel;
import se.fyren.bot.wheel.WheelProperties;
import se.fyren.bot.wheel.Wheels;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.PostOnce;

/**
 * Sends the reminders that are due by the application's clock. Quartz only wakes this up;
 * what is due is worked out here, so a late or repeated wake-up sends nothing twice, and
 * tests (here and in the chat adapters) drive it by moving the clock.
 */
@Service
public class Reminders {

	private static final String REMINDERS = "fyren.reminders";

	private static final String OUTCOME = "outcome";

	// A reminder's outcomes: claimed (about to post), sent, failed (tried again later),
	// claimed-elsewhere (another instance).
	private static final String CLAIMED = "claimed";

	private static final String SENT = "sent";

	private static final String FAILED = "failed";

	private static final String CLAIMED_ELSEWHERE = "claimed-elsewhere";

	private static final List<String> OUTCOMES = List.of(CLAIMED, SENT, FAILED, CLAIMED_ELSEWHERE);

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private static final Locale LOCALE = Inbound.SWEDISH;

	private final ReminderPlan plan;

	private final Wheels wheels;

	private final Subscriptions subscriptions;

	private final SentReminders sent;

	private final ReminderCard cards;

	private final PostOnce once;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Duration postTimeout;

	Reminders(ReminderPlan plan, Wheels wheels, Subscriptions subscriptions, SentReminders sent, ReminderCard cards,
			PostOnce once, Clock clock, WheelProperties properties, MeterRegistry meters) {
		this.plan = plan;
		this.wheels = wheels;
		this.subscriptions = subscriptions;
		this.sent = sent;
		this.cards = cards;
		this.once = once;
		this.clock = clock;
		this.meters = meters;
		this.postTimeout = properties.postTimeout();
		// Every outcome's series is there from the start, at 0, for dashboards and
		// alerts.
		OUTCOMES.forEach(outcome -> meters.counter(REMINDERS, OUTCOME, outcome));
	}

	/** Sends every reminder due now that was not sent before; the number sent. */
	public int sendDue() {
		Instant now = clock.instant();
		int count = 0;
		for (ReminderPlan.Due due : plan.dueNow(now)) {
			Occurrence occurrence = due.occurrence();
			for (Audience audience : subscriptions.audiencesOf(due.wheel().name(), occurrence.event())) {
				Reminder reminder = new Reminder(due.wheel().name(), occurrence.event().id(), occurrence.date(),
						due.lead().toString(), audience, due.at());
				count += send(reminder, due.wheel(), occurrence) ? 1 : 0;
			}
		}
		LocalDate today = plan.today(now);
		for (SentReminders.Snooze snooze : sent.dueSnoozes(now, today)) {
			Optional<Wheel> wheel = wheels.named(snooze.calendar());
			Optional<Occurrence> occurrence = wheel.flatMap(w -> w.occurrence(snooze.eventId(), snooze.occursOn()));
			if (occurrence.isEmpty()) {
				log.info("Snoozed reminder {} is for {} {} on {}, no longer in the calendar; dropped", snooze.id(),
						snooze.calendar(), snooze.eventId(), snooze.occursOn());
				continue;
			}
			Reminder reminder = new Reminder(snooze.calendar(), snooze.eventId(), snooze.occursOn(),
					"snooze:" + snooze.id(), snooze.audience(), snooze.due());
			count += send(reminder, wheel.get(), occurrence.get()) ? 1 : 0;
		}
		return count;
	}

	/**
	 * Posts the reminder once only, claimed in {@link SentReminders}' table before it is
	 * posted (see {@link PostOnce}). A refused post leaves the claim unsure, so the next
	 * wake-up asks the chat and tries again.
	 */
	private boolean send(Reminder reminder, Wheel wheel, Occurrence occurrence) {
		PostOnce.Attempt attempt;
		try {
			attempt = once.post(sent.claims(), SentReminders.key(reminder), postTimeout,
					reminder.audience().destination(), key(reminder),
					() -> cards.reminder(wheel, occurrence, reminder, LOCALE), LOCALE);
		}
		catch (RuntimeException ex) {
			tally(FAILED);
			throw ex;
		}
		if (attempt.claimed()) {
			tally(CLAIMED);
		}
		attempt.tookOver()
			.filter(claim -> claim.abandoned(clock.instant(), postTimeout))
			.ifPresent(claim -> log.warn(
					"Reminder {} {} {} ({}) to {} was claimed at {} and never finished; this instance took it over",
					reminder.calendar(), reminder.eventId(), reminder.occursOn(), reminder.leadKey(),
					reminder.audience(), claim.claimedAt()));
		switch (attempt.outcome()) {
			case SENT -> {
				tally(SENT);
				log.info("Sent reminder {} {} {} ({}) to {}", reminder.calendar(), reminder.eventId(),
						reminder.occursOn(), reminder.leadKey(), reminder.audience());
			}
			case POSTED_BEFORE ->
				log.info("Reminder {} {} {} ({}) to {} was posted before Fyren stopped; not posted again",
						reminder.calendar(), reminder.eventId(), reminder.occursOn(), reminder.leadKey(),
						reminder.audience());
			case UNKNOWN ->
				log.warn("Cannot tell whether reminder {} {} {} reached {}; asked again at the next wake-up",
						reminder.calendar(), reminder.eventId(), reminder.occursOn(), reminder.audience());
			case CLAIMED_ELSEWHERE -> {
				tally(CLAIMED_ELSEWHERE);
				log.info("Reminder {} {} {} ({}) to {} was already sent by another instance", reminder.calendar(),
						reminder.eventId(), reminder.occursOn(), reminder.leadKey(), reminder.audience());
			}
			case FAILED -> {
				tally(FAILED);
				log.warn("Reminder {} {} {} to {} was not posted; it is tried again at the next wake-up",
						reminder.calendar(), reminder.eventId(), reminder.occursOn(), reminder.audience());
			}
			case HELD -> {
				// Sent before, or another instance is posting it now.
			}
		}
		return attempt.outcome() == PostOnce.Outcome.SENT;
	}

	/**
	 * The reminder's idempotency key: the same for every attempt to post it, whichever
	 * instance makes it.
	 */
	static String key(Reminder reminder) {
		String identity = String.join("|", reminder.calendar(), reminder.eventId(), reminder.occursOn().toString(),
				reminder.leadKey(), reminder.audience().toString());
		return "reminder:" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reminders by outcome: claimed (about to post), sent, failed, claimed-elsewhere
	 * (another instance).
	 */
	private void tally(String outcome) {
		meters.counter(REMINDERS, OUTCOME, outcome).increment();
	}

}
