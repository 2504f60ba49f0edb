package se.fyren.bot.infra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims with a lease, one row each, in a table a feature keeps for what it must do once
 * only across restarts and instances (a reminder, a window notice, a suggestion). The row
 * is inserted as {@code posting} before the work is done, and the table's key refuses a
 * second claim (a duplicate key error), so of two instances one claims it; it becomes
 * {@code sent} when done, or {@code unsure} when the work failed and may have got through
 * all the same. A claim left {@code posting} past its lease, or {@code unsure}, may be
 * taken over, by the one instance whose update finds it unchanged.
 * <p>
 * The table has the key's columns (its primary key), {@code state}, {@code claimed_at}
 * and {@code sent_at}; rows from before claims had a time of their own count their
 * {@code sent_at} as the claim.
 */
public final class Claims {

	/** A table or column name: only code names them, never what someone typed. */
	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	/** A claim as read: its state and when it was made (or last taken over). */
	public record Claim(String state, Instant claimedAt) {

		public static final String POSTING = "posting";

		public static final String UNSURE = "unsure";

		public static final String SENT = "sent";

		/**
		 * Whether another attempt may take it over: it failed, or the instance that made
		 * it died before the lease ran out.
		 */
		public boolean takeable(Instant now, Duration lease) {
			return state.equals(UNSURE) || (state.equals(POSTING) && !claimedAt.plus(lease).isAfter(now));
		}

		/** Taken over because its instance left it unfinished, not because it failed. */
		public boolean abandoned(Instant now, Duration lease) {
			return state.equals(POSTING) && !claimedAt.plus(lease).isAfter(now);
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String table;

	private final List<String> keyColumns;

	private final String where;

	/**
	 * @param table the feature's table
	 * @param keyColumns its key's columns, in the order {@code key} values are given
	 */
	public Claims(JdbcClient jdbc, Clock clock, String table, List<String> keyColumns) {
		if (!NAME.matcher(table).matches() || keyColumns.isEmpty()
				|| !keyColumns.stream().allMatch(column -> NAME.matcher(column).matches())) {
			throw new IllegalArgumentException("Not a table and key for claims: " + table + " " + keyColumns);
		}
		this.jdbc = jdbc;
		this.clock = clock;
		this.table = table;
		this.keyColumns = List.copyOf(keyColumns);
		this.where = IntStream.range(0, keyColumns.size())
			.mapToObj(i -> keyColumns.get(i) + " = :k" + i)
			.collect(Collectors.joining(" and "));
	}

	/** The table, for logs. */
	public String table() {
		return table;
	}

	/** Claims it; a duplicate key error when it is claimed already. */
	public void claim(List<?> key) {
		String columns = String.join(", ", keyColumns);
		String values = IntStream.range(0, keyColumns.size()).mapToObj(i -> ":k" + i).collect(Collectors.joining(", "));
		bind(jdbc.sql("insert into " + table + " (" + columns + ", state, claimed_at, sent_at) values (" + values
				+ ", 'posting', :now, :now)"), key)
			.param("now", now())
			.update();
	}

	/**
	 * Takes over a claim as it was read: true for the one attempt that finds it
	 * unchanged.
	 */
	public boolean takeOver(List<?> key, Claim claim) {
		return bind(jdbc.sql("update " + table + " set state = 'posting', claimed_at = :now where " + where
				+ " and state = :state and coalesce(claimed_at, sent_at) = :claimed"), key)
			.param("now", now())
			.param("state", claim.state())
			.param("claimed", claim.claimedAt().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** The work failed or timed out, and may have got through all the same. */
	public void unsure(List<?> key) {
		bind(jdbc.sql("update " + table + " set state = 'unsure' where " + where), key).update();
	}

	/** The work is done. */
	public void finish(List<?> key) {
		bind(jdbc.sql("update " + table + " set state = 'sent', sent_at = :now where " + where), key)
			.param("now", now())
			.update();
	}

	/** The claim or record, if there is one. */
	public Optional<Claim> claimOf(List<?> key) {
		return bind(jdbc.sql("select state, claimed_at, sent_at from " + table + " where " + where), key)
			.query(Claims::claim)
			.optional();
	}

	private static Claim claim(ResultSet rs, int row) throws SQLException {
		OffsetDateTime claimedAt = rs.getObject("claimed_at", OffsetDateTime.class);
		Instant at = (claimedAt != null ? claimedAt : rs.getObject("sent_at", OffsetDateTime.class)).toInstant();
		return new Claim(rs.getString("state"), at);
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, List<?> key) {
		if (key.size() != keyColumns.size()) {
			throw new IllegalArgumentException("A claim in " + table + " has a key of " + keyColumns);
		}
		for (int i = 0; i < key.size(); i++) {
			statement = statement.param("k" + i, key.get(i));
		}
		return statement;
	}

	private OffsetDateTime now() {
		return Instant.now(clock).atOffset(ZoneOffset.UTC);
	}

}
