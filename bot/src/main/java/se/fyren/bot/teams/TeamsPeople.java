package se.fyren.bot.teams;

import se.fyren.bot.teams.protocol.Activity;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.People;

/**
 * Teams users by the name Teams sends with each of their activities ({@code from.name}).
 * Kept in memory only: the activity that carries an answer carries its author's name too,
 * and is handled by the instance that received it, so the name is known when the answer
 * is recorded, also right after a restart.
 */
final class TeamsPeople implements People {

	static final int MAX_REMEMBERED = 10_000;

	private final Map<String, String> names = new ConcurrentHashMap<>();

	@Override
	public Channel channel() {
		return Channel.TEAMS;
	}

	@Override
	public Optional<String> nameOf(String user) {
		return Optional.ofNullable(names.get(user));
	}

	void remember(Activity activity) {
		Activity.Account from = activity.from();
		if (from == null || from.id() == null || from.name() == null || from.name().isBlank()) {
			return;
		}
		if (names.size() >= MAX_REMEMBERED && !names.containsKey(from.id())) {
			names.clear();
		}
		names.put(from.id(), from.name());
	}

}
