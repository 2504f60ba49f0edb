package se.fyren.bot.radar;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.fyren.bot.wheel.KingdonStream;

/** The issues followed in each place, and their signals. */
@Repository
class FollowedIssues {

	/** 128 random bits, as a dialogue chain's export key: not to be guessed. */
	private static final int KEY_BYTES = 16;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	FollowedIssues(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The new issue, or empty when the place already follows one of that name. */
	Optional<FollowedIssue> follow(String place, String name, String description, String calendar, String who) {
		byte[] bytes = new byte[KEY_BYTES];
		random.nextBytes(bytes);
		FollowedIssue issue = new FollowedIssue(UUID.randomUUID().toString(), place, name, description, calendar, who,
				clock.instant(), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
		try {
			jdbc.sql("""
					insert into radar_issue (id, place, name, description, calendar, created_by, created_at, export_key)
					values (:id, :place, :name, :description, :calendar, :who, :at, :key)""")
				.param("id", issue.id())
				.param("place", place)
				.param("name", name)
				.param("description", description)
				.param("calendar", calendar)
				.param("who", who)
				.param("at", issue.createdAt().atOffset(ZoneOffset.UTC))
				.param("key", issue.exportKey())
				.update();
			return Optional.of(issue);
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	Optional<FollowedIssue> named(String place, String name) {
		return jdbc.sql("select * from radar_issue where place = :place and name = :name")
			.param("place", place)
			.param("name", name)
			.query(FollowedIssues::issue)
			.optional();
	}

	Optional<FollowedIssue> byId(String id) {
		return jdbc.sql("select * from radar_issue where id = :id")
			.param("id", id)
			.query(FollowedIssues::issue)
			.optional();
	}

	List<FollowedIssue> in(String place) {
		return jdbc.sql("select * from radar_issue where place = :place order by name")
			.param("place", place)
			.query(FollowedIssues::issue)
			.list();
	}

	List<FollowedIssue> all() {
		return jdbc.sql("select * from radar_issue order by place, name").query(FollowedIssues::issue).list();
	}

	/** What retention deleted. */
	record Deleted(int issues, int signals) {
	}

	/**
	 * Deletes the signals logged before the cut-off, then the issues begun before it with
	 * no signal left (with their notices and suggestions): an issue still worked on
	 * stays.
	 */
	Deleted deleteOlderThan(Instant cutOff) {
		OffsetDateTime at = cutOff.atOffset(ZoneOffset.UTC);
		int signals = jdbc.sql("delete from radar_signal where logged_at < :at").param("at", at).update();
		String stale = "select i.id from radar_issue i where i.created_at < :at"
				+ " and not exists (select 1 from radar_signal s where s.issue_id = i.id)";
		jdbc.sql("delete from radar_notice where issue_id in (" + stale + ")").param("at", at).update();
		jdbc.sql("delete from radar_suggestion where issue_id in (" + stale + ")").param("at", at).update();
		int issues = jdbc.sql("delete from radar_issue where id in (" + stale + ")").param("at", at).update();
		return new Deleted(issues, signals);
	}

	/** Stops following: the issue, its signals, notices and suggestions go. */
	boolean unfollow(FollowedIssue issue) {
		jdbc.sql("delete from radar_notice where issue_id = :id").param("id", issue.id()).update();
		jdbc.sql("delete from radar_suggestion where issue_id = :id").param("id", issue.id()).update();
		jdbc.sql("delete from radar_signal where issue_id = :id").param("id", issue.id()).update();
		return jdbc.sql("delete from radar_issue where id = :id").param("id", issue.id()).update() == 1;
	}

	/**
	 * Logs the signal under its issue's next number. Counting on the issue's row locks it
	 * until the signal is in, so two instances logging for one issue at once get two
	 * numbers.
	 */
	@Transactional
	Signal log(FollowedIssue issue, KingdonStream stream, String text, LocalDate date, String who, String link) {
		jdbc.sql("update radar_issue set signals_logged = signals_logged + 1 where id = :id")
			.param("id", issue.id())
			.update();
		int number = jdbc.sql("select signals_logged from radar_issue where id = :id")
			.param("id", issue.id())
			.query(Integer.class)
			.single();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into radar_signal (issue_id, number, stream, text, happened_on, logged_by, link, logged_at)
				values (:issue, :number, :stream, :text, :date, :who, :link, :at)""")
			.param("issue", issue.id())
			.param("number", number)
			.param("stream", stream.key())
			.param("text", text)
			.param("date", date)
			.param("who", who)
			.param("link", link)
			.param("at", OffsetDateTime.now(clock))
			.update(keys, "id");
		return new Signal(keys.getKey().longValue(), number, issue.id(), stream, text, date, who, link, null);
	}

	/** The issue's signals, oldest first. */
	List<Signal> signals(String issueId) {
		return jdbc.sql("select * from radar_signal where issue_id = :issue order by happened_on, id")
			.param("issue", issueId)
			.query(FollowedIssues::signal)
			.list();
	}

	/**
	 * The signals of every issue in a place (every place when null), by issue, oldest
	 * first: one query for a list of issues, not one per issue.
	 */
	Map<String, List<Signal>> signalsByIssue(String place) {
		String sql = "select s.* from radar_signal s join radar_issue i on i.id = s.issue_id"
				+ (place == null ? "" : " where i.place = :place") + " order by s.happened_on, s.id";
		JdbcClient.StatementSpec statement = jdbc.sql(sql);
		if (place != null) {
			statement = statement.param("place", place);
		}
		Map<String, List<Signal>> byIssue = new HashMap<>();
		statement.query(FollowedIssues::signal)
			.list()
			.forEach(signal -> byIssue.computeIfAbsent(signal.issueId(), id -> new ArrayList<>()).add(signal));
		return byIssue;
	}

	/** The signals numbered so in the issues followed in a place: one for each issue. */
	List<Signal> numbered(String place, int number) {
		return jdbc.sql("""
				select s.* from radar_signal s join radar_issue i on i.id = s.issue_id
				where i.place = :place and s.number = :number order by i.name""")
			.param("place", place)
			.param("number", number)
			.query(FollowedIssues::signal)
			.list();
	}

	Optional<Signal> signal(long id) {
		return jdbc.sql("select * from radar_signal where id = :id")
			.param("id", id)
			.query(FollowedIssues::signal)
			.optional();
	}

	void edit(Signal signal, String text, LocalDate date, String link) {
		jdbc.sql("update radar_signal set text = :text, happened_on = :date, link = :link where id = :id")
			.param("text", text)
			.param("date", date)
			.param("link", link)
			.param("id", signal.id())
			.update();
	}

	void delete(Signal signal) {
		jdbc.sql("delete from radar_signal where id = :id").param("id", signal.id()).update();
	}

	void cite(Signal signal, CitedPassage passage) {
		jdbc.sql("""
				update radar_signal set cited_doc = :doc, cited_title = :title, cited_section = :section,
				  cited_page = :page, cited_passage = :passage where id = :id""")
			.param("doc", passage.doc())
			.param("title", passage.title())
			.param("section", passage.section())
			.param("page", passage.page())
			.param("passage", passage.passage())
			.param("id", signal.id())
			.update();
	}

	private static FollowedIssue issue(ResultSet rs, int row) throws SQLException {
		return new FollowedIssue(rs.getString("id"), rs.getString("place"), rs.getString("name"),
				rs.getString("description"), rs.getString("calendar"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("export_key"));
	}

	private static Signal signal(ResultSet rs, int row) throws SQLException {
		String doc = rs.getString("cited_doc");
		CitedPassage cited = doc == null ? null : new CitedPassage(doc, rs.getString("cited_title"),
				rs.getString("cited_section"), (Integer) rs.getObject("cited_page"), rs.getString("cited_passage"));
		return new Signal(rs.getLong("id"), rs.getInt("number"), rs.getString("issue_id"),
				KingdonStream.byKey(rs.getString("stream")).orElseThrow(), rs.getString("text"),
				rs.getObject("happened_on", LocalDate.class), rs.getString("logged_by"), rs.getString("link"), cited);
	}

}
