package se.fyren.bot.wheel;

import java.util.Arrays;
import java.util.Optional;

/**
 * What sort of point in the year an event is; the key is the Swedish word calendar files
 * write.
 */
public enum EventKind {

	DECISION_POINT("beslutspunkt"), DEADLINE("deadline"), DATA_RELEASE("datasläpp"), MEETING("möte");

	private final String key;

	EventKind(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	String label() {
		return "wheel.kind." + name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Optional<EventKind> byKey(String key) {
		return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
	}

}
