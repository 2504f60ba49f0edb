package se.fyren.bot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keys Fyren has seen in Slack (event ids, command triggers, threads it answered in),
 * kept in the database: a retry that Slack sends after a restart, or to another instance,
 * is still recognised, and one whose first delivery never arrived is still answered.
 */
final class SeenKeys {

	/** Slack retries for about an hour; a thread's follow-ups come within days. */
	static final Duration KEEP = Duration.ofDays(14);

	private static final int PURGE_EVERY = 1000;

	private static final Logger log = LoggerFactory.getLogger(SeenKeys.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicInteger sincePurge = new AtomicInteger();

	SeenKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * True the first time a key is added, by any instance; false for every repeat. Null
	 * keys are never repeats.
	 */
	boolean add(String key) {
		if (key == null) {
			return true;
		}
		if (sincePurge.incrementAndGet() % PURGE_EVERY == 1) {
			purge();
		}
		try {
			jdbc.sql("insert into slack_seen (seen_key, seen_at) values (:key, :at)")
				.param("key", key)
				.param("at", OffsetDateTime.now(clock))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	boolean contains(String key) {
		return key != null && jdbc.sql("select count(*) from slack_seen where seen_key = :key")
			.param("key", key)
			.query(Integer.class)
			.single() > 0;
	}

	private void purge() {
		int purged = jdbc.sql("delete from slack_seen where seen_at < :before")
			.param("before", OffsetDateTime.now(clock).minus(KEEP))
			.update();
		if (purged > 0) {
			log.info("Forgot {} Slack keys older than {} days", purged, KEEP.toDays());
		}
	}

}
