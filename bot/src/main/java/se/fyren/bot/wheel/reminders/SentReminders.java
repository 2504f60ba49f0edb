package se.fyren.bot.wheel.reminders;

import se.fyren.bot.infra.Claims;
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

	private final Claims claims;

	SentReminders(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.claims = new Claims(jdbc, clock, "windows_sent_reminder",
				List.of("calendar", "event_id", "occurs_on", "lead_key", "audience"));
	}

	/** A reminder's claim: its key is the reminder and its audience. */
	Claims claims() {
		return claims;
	}

	static List<Object> key(Reminder reminder) {
		return List.of(reminder.calendar(), reminder.eventId(), reminder.occursOn(), reminder.leadKey(),
				reminder.audience().toString());
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
