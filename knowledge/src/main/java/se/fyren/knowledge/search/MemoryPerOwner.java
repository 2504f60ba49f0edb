package se.fyren.knowledge.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Answers remembered per question for as long as what they were worked out from (an index
 * reader, an analyzer) stays the same, and forgotten when it changes or when the memory
 * is full. Thread-safe: threads that meet another owner than the current one work their
 * answer out without remembering it.
 *
 * @param <K> what is asked
 * @param <V> its answer
 */
public final class MemoryPerOwner<K, V> {

	// Questions are free text: a flood of invented words must not grow the memory without
	// bound. When full the memory starts over, which costs only the work again.
	static final int MAX_ENTRIES = 10_000;

	private final AtomicReference<Remembered<K, V>> remembered = new AtomicReference<>(
			new Remembered<>(null, Map.of()));

	/** The answers worked out from one owner. */
	private record Remembered<K, V>(Object owner, Map<K, V> answers) {
	}

	/**
	 * The answer remembered for {@code asked} from {@code owner}, or the one {@code work}
	 * gives, remembered.
	 */
	public V get(Object owner, K asked, Function<K, V> work) {
		Remembered<K, V> now = remembered.get();
		if (now.owner() != owner || now.answers().size() >= MAX_ENTRIES) {
			Remembered<K, V> fresh = new Remembered<>(owner, new ConcurrentHashMap<>());
			now = remembered.compareAndSet(now, fresh) ? fresh : remembered.get();
			if (now.owner() != owner) {
				// another thread moved on to another owner meanwhile: just work it out
				return work.apply(asked);
			}
		}
		return now.answers().computeIfAbsent(asked, work);
	}

}
