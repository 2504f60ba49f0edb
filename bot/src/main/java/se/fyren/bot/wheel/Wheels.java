package se.fyren.bot.wheel;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The year wheels Fyren knows, by name (the calendar file's name). */
public final class Wheels {

	private final Map<String, Wheel> byName;

	Wheels(Map<String, Wheel> byName) {
		this.byName = Map.copyOf(byName);
	}

	public Optional<Wheel> named(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	public Collection<Wheel> all() {
		return byName.values().stream().sorted(java.util.Comparator.comparing(Wheel::name)).toList();
	}

}
