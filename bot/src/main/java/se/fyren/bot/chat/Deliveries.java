package se.fyren.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the chats delivered to Fyren before (Slack event ids, Teams activity ids, threads
 * Fyren answered in), kept in the database under keys namespaced by chat
 * ({@code slack:event:Ev123}, {@code teams:activity:...}): a redelivery after a restart,
 * or to another instance, is still recognised, and one whose first delivery never arrived
 * is still handled.
 */
@Repository
public class Deliveries {

	/** Chats redeliver within the hour; a thread's follow-ups come within days. */
	static final Duration KEEP = Duration.ofDays(14);

	private static final int PURGE_EVERY = 1000;

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicInteger sincePurge = new AtomicInteger();

	public Deliveries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * True the first time a key of a chat is seen, by any instance; false for every
	 * repeat. A null key is never a repeat.
	 */
	public boolean firstTime(Channel chat, String key) {
		if (key == null) {
			return true;
		}
		if (sincePurge.incrementAndGet() % PURGE_EVERY == 1) {
			purge();
		}
		try {
			jdbc.sql("insert into seen_delivery (seen_key, seen_at) values (:key, :at)")
				.param("key", namespaced(chat, key))
				.param("at", OffsetDateTime.now(clock))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * As {@link #firstTime}, for a delivery already acknowledged: when the database
	 * cannot say (down, a lock held past its timeout), the delivery is taken, since the
	 * chat will not send it again. A repeat then risks a second answer; refusing it would
	 * lose the first.
	 */
	public boolean firstTimeOrUnknown(Channel chat, String key) {
		try {
			return firstTime(chat, key);
		}
		catch (DataAccessException ex) {
			log.warn("Could not check whether a {} delivery was seen before; taking it: {}", chat,
					ex.getClass().getSimpleName());
			return true;
		}
	}

	/** Whether a key of a chat was seen before (and not yet forgotten). */
	public boolean seen(Channel chat, String key) {
		return key != null && jdbc.sql("select count(*) from seen_delivery where seen_key = :key")
			.param("key", namespaced(chat, key))
			.query(Integer.class)
			.single() > 0;
	}

	private static String namespaced(Channel chat, String key) {
		return chat.name().toLowerCase(Locale.ROOT) + ":" + key;
	}

	private void purge() {
		int purged = jdbc.sql("delete from seen_delivery where seen_at < :before")
			.param("before", OffsetDateTime.now(clock).minus(KEEP))
			.update();
		if (purged > 0) {
			log.info("Forgot {} delivery keys older than {} days", purged, KEEP.toDays());
		}
	}

}
