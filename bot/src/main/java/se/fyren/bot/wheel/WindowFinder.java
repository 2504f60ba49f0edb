package se.fyren.bot.wheel;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds windows on a wheel: every decision point in the policy stream, with what the
 * problem and politics streams bring within the span before it.
 */
public final class WindowFinder {

	private final Duration span;

	private final int minimumStrength;

	WindowFinder(Duration span, int minimumStrength) {
		if (span.isNegative() || span.isZero()) {
			throw new IllegalArgumentException("fyren.wheel.span must be positive, not " + span);
		}
		this.span = span;
		this.minimumStrength = minimumStrength;
	}

	public Duration span() {
		return span;
	}

	/**
	 * Windows whose decision falls within the range, by date, at least as strong as
	 * configured.
	 */
	public List<Window> windows(Wheel wheel, LocalDate from, LocalDate to) {
		List<Occurrence> all = wheel.occurrences(from.minusDays(span.toDays()), to);
		List<Window> windows = new ArrayList<>();
		for (Occurrence decision : all) {
			if (decision.date().isBefore(from) || decision.event().stream() != KingdonStream.POLICY
					|| decision.event().kind() != EventKind.DECISION_POINT) {
				continue;
			}
			Window window = windowAt(wheel, decision, all);
			if (window.strength() >= minimumStrength) {
				windows.add(window);
			}
		}
		return windows;
	}

	/** The window around one decision point, whatever its strength. */
	public Window windowAt(Wheel wheel, Occurrence decision) {
		return windowAt(wheel, decision, wheel.occurrences(decision.date().minusDays(span.toDays()), decision.date()));
	}

	private Window windowAt(Wheel wheel, Occurrence decision, List<Occurrence> all) {
		LocalDate opens = decision.date().minusDays(span.toDays());
		List<Occurrence> before = all.stream()
			.filter(occurrence -> !occurrence.date().isBefore(opens) && !occurrence.date().isAfter(decision.date()))
			.toList();
		return new Window(wheel, decision, inStream(before, KingdonStream.PROBLEM),
				inStream(before, KingdonStream.POLITICS));
	}

	private static List<Occurrence> inStream(List<Occurrence> occurrences, KingdonStream stream) {
		return occurrences.stream().filter(occurrence -> occurrence.event().stream() == stream).toList();
	}

}
