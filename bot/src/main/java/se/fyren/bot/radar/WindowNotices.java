package se.fyren.bot.radar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of window notices, each row its own claim, as the year wheel's reminders
 * keep theirs: inserted as {@code posting} before the post (the key refuses a second
 * claim, so of two instances one posts), {@code sent} when the chat took it,
 * {@code unsure} when the post failed and may have got through all the same.
 */
@Repository
class WindowNotices {

	/** What a notice says: the window opened, or an open window closed. */
	enum Kind {

		OPENED, CLOSED;

		String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** One notice about one issue and one decision point. */
	record Notice(String issueId, String calendar, String eventId, LocalDate occursOn, Kind kind) {
	}

	record Claim(String state, Instant claimedAt) {

		static final String POSTING = "posting";

		static final String UNSURE = "unsure";

		static final String SENT = "sent";

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	WindowNotices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Claims the notice; a duplicate key error when another instance holds it. */
	void claim(Notice notice) {
		where(jdbc.sql("""
				insert into radar_notice (issue_id, calendar, event_id, occurs_on, kind, state, claimed_at)
				values (:issue, :calendar, :event, :date, :kind, 'posting', :now)"""), notice).param("now", now())
			.update();
	}

	/**
	 * Takes over a claim as it was read: true for the one instance that finds it
	 * unchanged.
	 */
	boolean takeOver(Notice notice, Claim claim) {
		return where(jdbc.sql("""
				update radar_notice set state = 'posting', claimed_at = :now
				where issue_id = :issue and calendar = :calendar and event_id = :event and occurs_on = :date
				  and kind = :kind and state = :state and claimed_at = :claimed"""), notice).param("now", now())
			.param("state", claim.state())
			.param("claimed", claim.claimedAt().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	void unsure(Notice notice) {
		where(jdbc.sql("""
				update radar_notice set state = 'unsure' where issue_id = :issue and calendar = :calendar
				  and event_id = :event and occurs_on = :date and kind = :kind"""), notice).update();
	}

	void finish(Notice notice) {
		where(jdbc.sql("""
				update radar_notice set state = 'sent', sent_at = :now where issue_id = :issue and calendar = :calendar
				  and event_id = :event and occurs_on = :date and kind = :kind"""), notice).param("now", now())
			.update();
	}

	Optional<Claim> claimOf(Notice notice) {
		return where(jdbc.sql("""
				select state, claimed_at from radar_notice where issue_id = :issue and calendar = :calendar
				  and event_id = :event and occurs_on = :date and kind = :kind"""), notice)
			.query((rs, row) -> new Claim(rs.getString("state"),
					rs.getObject("claimed_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/**
	 * The issue's notices of a kind on record (claimed or sent), for decisions from the
	 * day on.
	 */
	List<Notice> of(String issueId, Kind kind, LocalDate from) {
		return jdbc.sql("""
				select issue_id, calendar, event_id, occurs_on, kind from radar_notice
				where issue_id = :issue and kind = :kind and occurs_on >= :from order by occurs_on""")
			.param("issue", issueId)
			.param("kind", kind.key())
			.param("from", from)
			.query(WindowNotices::notice)
			.list();
	}

	/** Every notice of the issue, for its history. */
	List<Notice> all(String issueId) {
		return jdbc.sql("""
				select issue_id, calendar, event_id, occurs_on, kind from radar_notice
				where issue_id = :issue and state = 'sent' order by occurs_on, kind desc""")
			.param("issue", issueId)
			.query(WindowNotices::notice)
			.list();
	}

	private static Notice notice(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getString("issue_id"), rs.getString("calendar"), rs.getString("event_id"),
				rs.getObject("occurs_on", LocalDate.class),
				Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)));
	}

	private OffsetDateTime now() {
		return Instant.now(clock).atOffset(ZoneOffset.UTC);
	}

	private static JdbcClient.StatementSpec where(JdbcClient.StatementSpec statement, Notice notice) {
		return statement.param("issue", notice.issueId())
			.param("calendar", notice.calendar())
			.param("event", notice.eventId())
			.param("date", notice.occursOn())
			.param("kind", notice.kind().key());
	}

}
