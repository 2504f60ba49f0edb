package se.fyren.bot.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few thousand keys seen (event ids, threads Fyren answered in), oldest forgotten first. In memory:
 * Slack retries within minutes, so a bounded window is enough and needs no table.
 */
final class RecentKeys {

	private final Map<String, Boolean> keys;

	RecentKeys(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
		}
		this.keys = new LinkedHashMap<>(16, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
				return size() > capacity;
			}
		};
	}

	/** True the first time a key is added, false for every repeat; null keys are never repeats. */
	synchronized boolean add(String key) {
		return key == null || keys.put(key, Boolean.TRUE) == null;
	}

	synchronized boolean contains(String key) {
		return key != null && keys.containsKey(key);
	}

}
