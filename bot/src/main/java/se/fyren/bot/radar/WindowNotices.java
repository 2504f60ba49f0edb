package se.fyren.bot.radar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.fyren.bot.infra.Claims;

/**
 * The record of window notices, each row its own claim ({@link Claims}), as the year
 * wheel's reminders keep theirs. A window may open, close and open again before one
 * decision point: each notice belongs to one opening of it (1, 2 …), so each change is
 * said once, and a change back is said again.
 */
@Repository
class WindowNotices {

	/** What a notice says: the window opened, or an open window closed. */
	enum Kind {

		OPENED, CLOSED;

		String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** One decision point of one issue's calendar. */
	record Decision(String calendar, String eventId, LocalDate occursOn) {
	}

	/**
	 * One notice about one issue and one decision point.
	 *
	 * @param opening which opening of the window before the decision point it belongs to,
	 * the first 1; its closing has the same number
	 */
	record Notice(String issueId, String calendar, String eventId, LocalDate occursOn, int opening, Kind kind) {

		Decision decision() {
			return new Decision(calendar, eventId, occursOn);
		}

		/** Whether the window is open after this notice. */
		boolean open() {
			return kind == Kind.OPENED;
		}

		/** The notice of the change that comes after this one. */
		Notice next() {
			return kind == Kind.OPENED ? new Notice(issueId, calendar, eventId, occursOn, opening, Kind.CLOSED)
					: new Notice(issueId, calendar, eventId, occursOn, opening + 1, Kind.OPENED);
		}

	}

	/** In the order a window changes: by opening, and its closing after it. */
	private static final Comparator<Notice> IN_ORDER = Comparator.comparingInt(Notice::opening)
		.thenComparing(Notice::kind);

	private final JdbcClient jdbc;

	private final Claims claims;

	WindowNotices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.claims = new Claims(jdbc, clock, "radar_notice",
				List.of("issue_id", "calendar", "event_id", "occurs_on", "opening", "kind"));
	}

	/**
	 * A notice's claim: its key is the issue, the decision point, the opening and kind.
	 */
	Claims claims() {
		return claims;
	}

	static List<Object> key(Notice notice) {
		return List.of(notice.issueId(), notice.calendar(), notice.eventId(), notice.occursOn(), notice.opening(),
				notice.kind().key());
	}

	/**
	 * The last notice on record (claimed or sent) for each of the issue's decision points
	 * from the day on: whether its window was last said to be open or closed.
	 */
	Map<Decision, Notice> latest(String issueId, LocalDate from) {
		Map<Decision, Notice> latest = new LinkedHashMap<>();
		jdbc.sql("""
				select issue_id, calendar, event_id, occurs_on, opening, kind from radar_notice
				where issue_id = :issue and occurs_on >= :from order by occurs_on""")
			.param("issue", issueId)
			.param("from", from)
			.query(WindowNotices::notice)
			.list()
			.forEach(notice -> latest.merge(notice.decision(), notice,
					(one, other) -> IN_ORDER.compare(one, other) >= 0 ? one : other));
		return latest;
	}

	/** Every notice of the issue, for its history. */
	List<Notice> all(String issueId) {
		return jdbc.sql("""
				select issue_id, calendar, event_id, occurs_on, opening, kind from radar_notice
				where issue_id = :issue and state = 'sent' order by occurs_on, opening, kind desc""")
			.param("issue", issueId)
			.query(WindowNotices::notice)
			.list();
	}

	private static Notice notice(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getString("issue_id"), rs.getString("calendar"), rs.getString("event_id"),
				rs.getObject("occurs_on", LocalDate.class), rs.getInt("opening"),
				Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)));
	}

}
