package se.fyren.bot.wheel;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kingdon's three streams; a window opens where they meet. The key is what calendar files
 * write.
 */
public enum KingdonStream {

	PROBLEM("problem"), POLITICS("politik"), POLICY("policy");

	private final String key;

	KingdonStream(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	/** The message-bundle code of the stream's name. */
	String label() {
		return "wheel.stream." + key;
	}

	public static Optional<KingdonStream> byKey(String key) {
		return Arrays.stream(values()).filter(stream -> stream.key.equals(key)).findFirst();
	}

}
