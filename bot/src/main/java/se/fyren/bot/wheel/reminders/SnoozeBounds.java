package se.fyren.bot.wheel.reminders;

import se.fyren.bot.wheel.Audience;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What bounds the snoozes a conversation can make: only a reminder Fyren sent there can
 * be put off (a forged click names any conversation and any occurrence), and only so many
 * at once ({@code fyren.wheel.max-pending-snoozes}).
 */
@Repository
class SnoozeBounds {

	private final JdbcClient jdbc;

	SnoozeBounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any reminder of this occurrence went to the audience. */
	boolean remindedOf(String calendar, String eventId, LocalDate occursOn, Audience audience) {
		return jdbc.sql("""
				select count(*) from windows_sent_reminder where calendar = :calendar and event_id = :event
				  and occurs_on = :date and audience = :audience""")
			.param("calendar", calendar)
			.param("event", eventId)
			.param("date", occursOn)
			.param("audience", audience.toString())
			.query(Integer.class)
			.single() > 0;
	}

	/** The audience's snoozes not yet sent. */
	int pending(Audience audience) {
		return jdbc.sql("""
				select count(*) from windows_snooze s where s.audience = :audience and not exists (
				  select 1 from windows_sent_reminder r where r.calendar = s.calendar and r.event_id = s.event_id
				    and r.occurs_on = s.occurs_on and r.audience = s.audience and r.lead_key = 'snooze:' || s.id)""")
			.param("audience", audience.toString())
			.query(Integer.class)
			.single();
	}

}
