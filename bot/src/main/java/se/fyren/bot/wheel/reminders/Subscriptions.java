package se.fyren.bot.wheel.reminders;

import se.fyren.bot.wheel.Audience;
import se.fyren.bot.wheel.WheelEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.fyren.bot.chat.Place;

/**
 * Which channels follow which calendar, and which events a channel said are not relevant
 * to it.
 */
@Repository
public class Subscriptions {

	private final JdbcClient jdbc;

	private final Clock clock;

	Subscriptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * False when the channel already followed the calendar; the table's key decides, also
	 * between two requests at once.
	 */
	public boolean subscribe(String calendar, Audience audience) {
		return subscribe(calendar, audience, null);
	}

	/**
	 * Subscribes as above, remembering the place it was asked in (its workspace, whether
	 * it is shared), whose collections the reminders' passages come from; subscribing
	 * again records the place of a subscription made without it.
	 */
	public boolean subscribe(String calendar, Audience audience, Place place) {
		try {
			jdbc.sql("""
					insert into windows_subscription (calendar, audience, created_at, workspace, shared)
					values (:calendar, :audience, :at, :workspace, :shared)""")
				.param("calendar", calendar)
				.param("audience", audience.toString())
				.param("at", Instant.now(clock).atOffset(ZoneOffset.UTC))
				.param("workspace", place == null ? null : place.workspace())
				.param("shared", place == null ? null : place.shared())
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			if (place != null) {
				jdbc.sql("""
						update windows_subscription set workspace = :workspace, shared = :shared
						where calendar = :calendar and audience = :audience""")
					.param("workspace", place.workspace())
					.param("shared", place.shared())
					.param("calendar", calendar)
					.param("audience", audience.toString())
					.update();
			}
			return false;
		}
	}

	/**
	 * Where the audience subscribed, as its latest subscription recorded it; empty when
	 * no subscription recorded its place (event audiences from a calendar file, older
	 * subscriptions).
	 */
	Optional<Place> placeOf(Audience audience) {
		return jdbc.sql("""
				select workspace, shared from windows_subscription
				where audience = :audience and shared is not null order by created_at desc""")
			.param("audience", audience.toString())
			.query((rs, row) -> new Place(audience.channel(), rs.getString("workspace"), audience.conversation(),
					rs.getBoolean("shared")))
			.list()
			.stream()
			.findFirst();
	}

	public boolean unsubscribe(String calendar, Audience audience) {
		return jdbc.sql("delete from windows_subscription where calendar = :calendar and audience = :audience")
			.param("calendar", calendar)
			.param("audience", audience.toString())
			.update() > 0;
	}

	public List<String> calendarsOf(Audience audience) {
		return jdbc.sql("select calendar from windows_subscription where audience = :audience order by calendar")
			.param("audience", audience.toString())
			.query(String.class)
			.list();
	}

	/**
	 * Who gets reminders of an event: its own audiences, then the calendar's subscribers,
	 * less who muted it.
	 */
	Set<Audience> audiencesOf(String calendar, WheelEvent event) {
		Set<Audience> audiences = new LinkedHashSet<>(event.audiences());
		jdbc.sql("select audience from windows_subscription where calendar = :calendar order by created_at")
			.param("calendar", calendar)
			.query(String.class)
			.list()
			.forEach(text -> Audience.parse(text).ifPresent(audiences::add));
		jdbc.sql("select audience from windows_mute where calendar = :calendar and event_id = :event")
			.param("calendar", calendar)
			.param("event", event.id())
			.query(String.class)
			.list()
			.forEach(text -> Audience.parse(text).ifPresent(audiences::remove));
		return audiences;
	}

	/** False when it was already muted there; the table's key decides. */
	boolean mute(String calendar, String eventId, Audience audience) {
		try {
			jdbc.sql("""
					insert into windows_mute (calendar, event_id, audience, created_at)
					values (:calendar, :event, :audience, :at)""")
				.param("calendar", calendar)
				.param("event", eventId)
				.param("audience", audience.toString())
				.param("at", Instant.now(clock).atOffset(ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
