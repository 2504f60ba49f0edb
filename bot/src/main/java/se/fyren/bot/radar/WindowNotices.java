package se.fyren.bot.radar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.fyren.bot.infra.Claims;

/**
 * The record of window notices, each row its own claim ({@link Claims}), as the year
 * wheel's reminders keep theirs.
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

	private final JdbcClient jdbc;

	private final Claims claims;

	WindowNotices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.claims = new Claims(jdbc, clock, "radar_notice",
				List.of("issue_id", "calendar", "event_id", "occurs_on", "kind"));
	}

	/** A notice's claim: its key is the issue, the decision point and the kind. */
	Claims claims() {
		return claims;
	}

	static List<Object> key(Notice notice) {
		return List.of(notice.issueId(), notice.calendar(), notice.eventId(), notice.occursOn(), notice.kind().key());
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

}
