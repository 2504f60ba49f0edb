package se.fyren.bot.wheel.reminders;

import se.fyren.bot.wheel.Audience;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of reminders sent, and of reminders snoozed until later. */
@Repository
class SentReminders {

	/** A reminder put off: it goes to the same audience again at {@code due}. */
	record Snooze(String id, String calendar, String eventId, LocalDate occursOn, Audience audience, Instant due) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SentReminders(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A reminder's record: {@code posting} (claimed, the post under way), {@code unsure}
	 * (the post failed or timed out; it may have reached the chat all the same) or
	 * {@code sent}.
	 */
	record Claim(String state, Instant claimedAt) {

		static final String POSTING = "posting";

		static final String UNSURE = "unsure";

		static final String SENT = "sent";

	}

	/**
	 * Claims the reminder for posting; the table's key refuses a second claim (a
	 * duplicate key error), so of two instances only one claims it.
	 */
	void claim(Reminder reminder) {
		Instant now = Instant.now(clock);
		jdbc.sql("""
				insert into windows_sent_reminder (calendar, event_id, occurs_on, lead_key, audience, sent_at, state,
				  claimed_at)
				values (:calendar, :event, :date, :lead, :audience, :at, 'posting', :at)""")
			.param("calendar", reminder.calendar())
			.param("event", reminder.eventId())
			.param("date", reminder.occursOn())
			.param("lead", reminder.leadKey())
			.param("audience", reminder.audience().toString())
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Takes over an unfinished claim as it was read: true for the one instance whose
	 * update finds it unchanged.
	 */
	boolean takeOver(Reminder reminder, Claim claim) {
		return where(jdbc.sql("""
				update windows_sent_reminder set state = 'posting', claimed_at = :now
				where calendar = :calendar and event_id = :event and occurs_on = :date and lead_key = :lead
				  and audience = :audience and state = :state and claimed_at = :claimed"""), reminder)
			.param("now", Instant.now(clock).atOffset(ZoneOffset.UTC))
			.param("state", claim.state())
			.param("claimed", claim.claimedAt().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/**
	 * The post failed or timed out, and may have reached the chat all the same: the next
	 * wake-up asks the chat before it posts again.
	 */
	void unsure(Reminder reminder) {
		where(jdbc.sql("""
				update windows_sent_reminder set state = 'unsure'
				where calendar = :calendar and event_id = :event and occurs_on = :date and lead_key = :lead
				  and audience = :audience"""), reminder).update();
	}

	/** The chat took the post: the reminder is sent. */
	void finish(Reminder reminder) {
		where(jdbc.sql("""
				update windows_sent_reminder set state = 'sent', sent_at = :now
				where calendar = :calendar and event_id = :event and occurs_on = :date and lead_key = :lead
				  and audience = :audience"""), reminder).param("now", Instant.now(clock).atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The reminder's claim or record, if it has one. */
	Optional<Claim> claimOf(Reminder reminder) {
		return where(jdbc.sql("""
				select state, claimed_at, sent_at from windows_sent_reminder where calendar = :calendar
				  and event_id = :event and occurs_on = :date and lead_key = :lead and audience = :audience"""),
				reminder)
			.query(SentReminders::claim)
			.optional();
	}

	private static Claim claim(ResultSet rs, int row) throws SQLException {
		OffsetDateTime claimedAt = rs.getObject("claimed_at", OffsetDateTime.class);
		// Records from before claims had a time of their own: their sent_at is the claim.
		Instant at = (claimedAt != null ? claimedAt : rs.getObject("sent_at", OffsetDateTime.class)).toInstant();
		return new Claim(rs.getString("state"), at);
	}

	private static JdbcClient.StatementSpec where(JdbcClient.StatementSpec statement, Reminder reminder) {
		return statement.param("calendar", reminder.calendar())
			.param("event", reminder.eventId())
			.param("date", reminder.occursOn())
			.param("lead", reminder.leadKey())
			.param("audience", reminder.audience().toString());
	}

	/**
	 * Puts the reminder off until {@code due}. The id is the same for the same reminder,
	 * audience and day, so of two clicks at once the table's key keeps one (a duplicate
	 * key error for the other).
	 */
	Snooze snooze(String calendar, String eventId, LocalDate occursOn, Audience audience, Instant due) {
		String key = String.join("|", calendar, eventId, occursOn.toString(), audience.toString(),
				due.truncatedTo(ChronoUnit.DAYS).toString());
		Snooze snooze = new Snooze(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString(), calendar,
				eventId, occursOn, audience, due);
		jdbc.sql("""
				insert into windows_snooze (id, calendar, event_id, occurs_on, audience, due_at, created_at)
				values (:id, :calendar, :event, :date, :audience, :due, :at)""")
			.param("id", snooze.id())
			.param("calendar", calendar)
			.param("event", eventId)
			.param("date", occursOn)
			.param("audience", audience.toString())
			.param("due", due.atOffset(ZoneOffset.UTC))
			.param("at", Instant.now(clock).atOffset(ZoneOffset.UTC))
			.update();
		return snooze;
	}

	/** The snooze of this reminder to this audience that is not yet sent, if any. */
	Optional<Snooze> pendingSnooze(String calendar, String eventId, LocalDate occursOn, Audience audience) {
		return jdbc.sql("""
				select s.id, s.calendar, s.event_id, s.occurs_on, s.audience, s.due_at from windows_snooze s
				where s.calendar = :calendar and s.event_id = :event and s.occurs_on = :date and s.audience = :audience
				  and not exists (
				  select 1 from windows_sent_reminder r where r.calendar = s.calendar and r.event_id = s.event_id
				    and r.occurs_on = s.occurs_on and r.audience = s.audience and r.lead_key = 'snooze:' || s.id)
				order by s.due_at""")
			.param("calendar", calendar)
			.param("event", eventId)
			.param("date", occursOn)
			.param("audience", audience.toString())
			.query(SentReminders::snooze)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Snoozed reminders due by now whose event has not yet passed and that were not sent
	 * (a claim still being posted is for {@link Reminders} to judge).
	 */
	List<Snooze> dueSnoozes(Instant now, LocalDate today) {
		return jdbc.sql("""
				select s.id, s.calendar, s.event_id, s.occurs_on, s.audience, s.due_at from windows_snooze s
				where s.due_at <= :now and s.occurs_on >= :today and not exists (
				  select 1 from windows_sent_reminder r where r.calendar = s.calendar and r.event_id = s.event_id
				    and r.occurs_on = s.occurs_on and r.audience = s.audience and r.lead_key = 'snooze:' || s.id
				    and r.state = 'sent')
				order by s.due_at""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("today", today)
			.query(SentReminders::snooze)
			.list();
	}

	private static Snooze snooze(ResultSet rs, int row) throws SQLException {
		return new Snooze(rs.getString("id"), rs.getString("calendar"), rs.getString("event_id"),
				rs.getObject("occurs_on", LocalDate.class), Audience.parse(rs.getString("audience")).orElseThrow(),
				rs.getObject("due_at", OffsetDateTime.class).toInstant());
	}

}
