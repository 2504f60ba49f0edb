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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Messenger;
import se.fyren.bot.chat.Outbox;
import se.fyren.bot.chat.PostedMessage;
import se.fyren.bot.chat.Reply;

/**
 * Sends the reminders that are due by the application's clock. Quartz only wakes this up;
 * what is due is worked out here, so a late or repeated wake-up sends nothing twice, and
 * tests (here and in the chat adapters) drive it by moving the clock.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private static final Locale LOCALE = Inbound.SWEDISH;

	private final ReminderPlan plan;

	private final Wheels wheels;

	private final Subscriptions subscriptions;

	private final SentReminders sent;

	private final ReminderCard cards;

	private final Messenger messenger;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Duration postTimeout;

	Reminders(ReminderPlan plan, Wheels wheels, Subscriptions subscriptions, SentReminders sent, ReminderCard cards,
			Messenger messenger, Clock clock, WheelProperties properties, MeterRegistry meters) {
		this.plan = plan;
		this.wheels = wheels;
		this.subscriptions = subscriptions;
		this.sent = sent;
		this.cards = cards;
		this.messenger = messenger;
		this.clock = clock;
		this.meters = meters;
		this.postTimeout = properties.postTimeout();
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
	 * Claims the reminder (committed on its own, outside any transaction) and only then
	 * posts it: the table's key lets one instance claim it, and a claim that is on record
	 * before the post means a failure after posting cannot send it again. A refused post
	 * gives the claim back, so the next wake-up tries again. A claim still unfinished
	 * after the post timeout was left by an instance that died mid-post: whichever
	 * instance sees it first takes it over, asks the chat whether the post (carrying the
	 * reminder's key) got there, and posts only if it did not.
	 */
	private boolean send(Reminder reminder, Wheel wheel, Occurrence occurrence) {
		try {
			Optional<SentReminders.Claim> claim = sent.claimOf(reminder);
			if (claim.isPresent() && !takeOver(reminder, claim.get())) {
				return false;
			}
			if (claim.isEmpty()) {
				sent.claim(reminder);
				tally("claimed");
			}
			else {
				Outbox.Earlier earlier = messenger.earlier(reminder.audience().destination(), key(reminder),
						claim.get().claimedAt());
				if (earlier == Outbox.Earlier.POSTED) {
					sent.finish(reminder);
					log.info("Reminder {} {} {} ({}) to {} was posted before Fyren stopped; not posted again",
							reminder.calendar(), reminder.eventId(), reminder.occursOn(), reminder.leadKey(),
							reminder.audience());
					return false;
				}
				if (earlier == Outbox.Earlier.UNKNOWN) {
					log.warn("Cannot tell whether reminder {} {} {} reached {}; asked again at the next wake-up",
							reminder.calendar(), reminder.eventId(), reminder.occursOn(), reminder.audience());
					return false;
				}
			}
			return post(reminder, cards.reminder(wheel, occurrence, reminder, LOCALE));
		}
		catch (DuplicateKeyException ex) {
			tally("claimed-elsewhere");
			log.info("Reminder {} {} {} ({}) to {} was already sent by another instance", reminder.calendar(),
					reminder.eventId(), reminder.occursOn(), reminder.leadKey(), reminder.audience());
		}
		catch (DataAccessException ex) {
			tally("failed");
			log.warn("Cannot record reminder {} {} {} to {}: {}; tried again at the next wake-up", reminder.calendar(),
					reminder.eventId(), reminder.occursOn(), reminder.audience(), ex.getMessage());
		}
		return false;
	}

	/**
	 * Whether this instance may post a reminder that already has a record: only a claim
	 * left unfinished past the post timeout, and only by the instance that takes it over.
	 */
	private boolean takeOver(Reminder reminder, SentReminders.Claim claim) {
		boolean abandoned = claim.state().equals(SentReminders.Claim.POSTING)
				&& !claim.claimedAt().plus(postTimeout).isAfter(clock.instant());
		boolean unsure = claim.state().equals(SentReminders.Claim.UNSURE);
		if (!(abandoned || unsure) || !sent.takeOver(reminder, claim)) {
			return false;
		}
		if (abandoned) {
			log.warn("Reminder {} {} {} ({}) to {} was claimed at {} and never finished; this instance takes it over",
					reminder.calendar(), reminder.eventId(), reminder.occursOn(), reminder.leadKey(),
					reminder.audience(), claim.claimedAt());
		}
		return true;
	}

	private boolean post(Reminder reminder, Reply.Card card) {
		Optional<PostedMessage> message;
		try {
			message = messenger.post(reminder.audience().destination(), card, LOCALE, key(reminder));
		}
		catch (RuntimeException ex) {
			sent.unsure(reminder);
			tally("failed");
			throw ex;
		}
		if (message.isPresent()) {
			sent.finish(reminder);
			tally("sent");
			log.info("Sent reminder {} {} {} ({}) to {}", reminder.calendar(), reminder.eventId(), reminder.occursOn(),
					reminder.leadKey(), reminder.audience());
			return true;
		}
		sent.unsure(reminder);
		tally("failed");
		log.warn("Reminder {} {} {} to {} was not posted; it is tried again at the next wake-up", reminder.calendar(),
				reminder.eventId(), reminder.occursOn(), reminder.audience());
		return false;
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
		meters.counter("fyren.reminders", "outcome", outcome).increment();
	}

}
