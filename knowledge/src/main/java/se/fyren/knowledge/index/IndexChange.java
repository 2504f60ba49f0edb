package se.fyren.knowledge.index;

import java.util.List;

/**
 * What one refresh of the index did; {@code skipped} names each unreadable file and why.
 */
public record IndexChange(List<String> added, List<String> updated, List<String> removed, int unchanged,
		List<String> skipped, int passages, boolean rebuilt) {

	public IndexChange {
		added = List.copyOf(added);
		updated = List.copyOf(updated);
		removed = List.copyOf(removed);
		skipped = List.copyOf(skipped);
	}

	public boolean changed() {
		return !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty();
	}

}
