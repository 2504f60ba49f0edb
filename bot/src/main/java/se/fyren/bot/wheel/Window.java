package se.fyren.bot.wheel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Kingdon window: a decision point in the policy stream with the problem-stream data
 * and politics-stream changes that come shortly before it.
 */
public record Window(Wheel wheel, Occurrence decision, List<Occurrence> problem, List<Occurrence> politics) {

	public Window {
		problem = List.copyOf(problem);
		politics = List.copyOf(politics);
	}

	/**
	 * The day the window opens: the first data or political change before the decision.
	 */
	public LocalDate opens() {
		return Stream.concat(problem.stream(), politics.stream())
			.map(Occurrence::date)
			.min(Comparator.naturalOrder())
			.orElse(decision.date());
	}

	/**
	 * How many streams meet: the policy stream always, plus problem and politics when
	 * they bring something.
	 */
	public int strength() {
		return 1 + (problem.isEmpty() ? 0 : 1) + (politics.isEmpty() ? 0 : 1);
	}

}
