package se.fyren.bot.radar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.fyren.bot.wheel.EventKind;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Occurrence;

/**
 * Where an issue stands in Kingdon's terms, today: which streams are live (a signal
 * within the stream's span), which decision points of the wheel lie ahead, and whether
 * the window is open (all three live while a decision point is within its lead time). No
 * database, no chat: the command, the watch, the picture and the benchmark all read
 * through it.
 */
final class Radar {

	private final Map<KingdonStream, Duration> spans = new EnumMap<>(KingdonStream.class);

	private final Duration defaultLead;

	private final Clock clock;

	private final ZoneId zone;

	Radar(RadarProperties properties, Clock clock, ZoneId zone) {
		spans.put(KingdonStream.PROBLEM, properties.problemSpan());
		spans.put(KingdonStream.POLITICS, properties.politicsSpan());
		spans.put(KingdonStream.POLICY, properties.policySpan());
		this.defaultLead = properties.defaultLead();
		this.clock = clock;
		this.zone = zone;
	}

	java.time.Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	Duration span(KingdonStream stream) {
		return spans.get(stream);
	}

	/**
	 * The issue today.
	 * @param signals the issue's signals, in any order
	 * @param occurrences the wheel's occurrences from today on; its policy decision
	 * points and deadlines are where the issue can land
	 */
	Reading read(List<Signal> signals, List<Occurrence> occurrences) {
		LocalDate today = today();
		Map<KingdonStream, StreamReading> streams = new EnumMap<>(KingdonStream.class);
		for (KingdonStream stream : KingdonStream.values()) {
			Optional<Signal> latest = signals.stream()
				.filter(signal -> signal.stream() == stream && !signal.date().isAfter(today))
				.max(Comparator.comparing(Signal::date).thenComparing(Signal::id));
			streams.put(stream, new StreamReading(stream, latest,
					latest.map(signal -> signal.date().plusDays(spans.get(stream).toDays())).orElse(null), today));
		}
		List<Occurrence> ahead = occurrences.stream()
			.filter(occurrence -> !occurrence.date().isBefore(today) && landsIssues(occurrence))
			.sorted(Comparator.comparing(Occurrence::date))
			.toList();
		boolean allLive = streams.values().stream().allMatch(StreamReading::live);
		Optional<Occurrence> openFor = ahead.stream().filter(decision -> isOpen(allLive, today, decision)).findFirst();
		return new Reading(today, streams, ahead, openFor);
	}

	/**
	 * The first day a decision point's window is watched: its longest lead time before.
	 */
	LocalDate opens(Occurrence decision) {
		Duration lead = decision.event().leadTimes().stream().max(Comparator.naturalOrder()).orElse(defaultLead);
		return decision.date().minusDays(Math.max(1, lead.toDays()));
	}

	/**
	 * Whether the decision point's window is open on the day read: all three streams live
	 * and its lead time begun. Another decision point's window may be open as well, and
	 * sooner: {@link Reading#openFor()} names only the first.
	 */
	boolean isOpen(Reading reading, Occurrence decision) {
		return isOpen(reading.allLive(), reading.today(), decision);
	}

	/**
	 * The one rule behind {@link #isOpen(Reading, Occurrence)} and
	 * {@link Reading#openFor()}, so the two cannot drift apart: only a decision point
	 * that lands issues has a window.
	 */
	private boolean isOpen(boolean allLive, LocalDate today, Occurrence decision) {
		return allLive && landsIssues(decision) && !today.isBefore(opens(decision)) && !today.isAfter(decision.date());
	}

	/** A policy decision point or deadline: where a proposal is taken or left out. */
	static boolean landsIssues(Occurrence occurrence) {
		return occurrence.event().stream() == KingdonStream.POLICY
				&& (occurrence.event().kind() == EventKind.DECISION_POINT
						|| occurrence.event().kind() == EventKind.DEADLINE);
	}

	/**
	 * One stream on the day read.
	 *
	 * @param latest the newest signal dated on or before that day
	 * @param liveUntil the last day that signal keeps the stream live (null without one)
	 */
	record StreamReading(KingdonStream stream, Optional<Signal> latest, LocalDate liveUntil, LocalDate today) {

		boolean live() {
			return liveUntil != null && !liveUntil.isBefore(today);
		}

		/** Logged before, but too long ago. */
		boolean stale() {
			return liveUntil != null && liveUntil.isBefore(today);
		}

	}

	/**
	 * An issue on one day.
	 *
	 * @param ahead the decision points from that day on, soonest first
	 * @param openFor the decision point whose window is open, when all three streams are
	 * live within its lead time
	 */
	record Reading(LocalDate today, Map<KingdonStream, StreamReading> streams, List<Occurrence> ahead,
			Optional<Occurrence> openFor) {

		Reading {
			streams = Map.copyOf(streams);
			ahead = List.copyOf(ahead);
		}

		StreamReading stream(KingdonStream stream) {
			return streams.get(stream);
		}

		List<KingdonStream> missing() {
			return List.of(KingdonStream.values()).stream().filter(stream -> !streams.get(stream).live()).toList();
		}

		boolean allLive() {
			return missing().isEmpty();
		}

		/**
		 * The last day all three streams are live without a new signal, and the streams
		 * whose newest signal grows too old after it: the day a window closes, and why.
		 * Empty when a stream is not live now.
		 */
		Optional<Ageing> ageing() {
			if (!allLive()) {
				return Optional.empty();
			}
			LocalDate last = streams.values()
				.stream()
				.map(StreamReading::liveUntil)
				.min(Comparator.naturalOrder())
				.orElseThrow();
			return Optional.of(new Ageing(last,
					List.of(KingdonStream.values())
						.stream()
						.filter(stream -> streams.get(stream).liveUntil().equals(last))
						.toList()));
		}

	}

	/**
	 * @param lastLive the last day all three streams are live
	 * @param streams the streams a new signal must keep live after it
	 */
	record Ageing(LocalDate lastLive, List<KingdonStream> streams) {

		Ageing {
			streams = List.copyOf(streams);
		}

	}

}
