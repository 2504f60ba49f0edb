package se.fyren.bot.chat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.SmartLifecycle;

/**
 * Whether a chat service (Slack, Teams' key server) can be reached, found out by a probe
 * in the background: on start, then again after each failure with a growing wait, and now
 * and then while it answers. A chat that cannot be reached leaves the rest of Fyren
 * running: one WARN line when it goes down, one INFO line when it is back, and its state
 * in health ({@code /actuator/health/slack}, {@code .../teams}), without secrets.
 */
public final class Reachability implements SmartLifecycle, HealthIndicator {

	/** What a probe found: empty when the service answered, else why not. */
	@FunctionalInterface
	public interface Probe extends Supplier<Optional<String>> {

	}

	/**
	 * A chat that is not set up. Boot ranks unknown codes below UP, so it does not lower
	 * health.
	 */
	public static final Status OFF = new Status("OFF");

	private static final Logger log = LoggerFactory.getLogger(Reachability.class);

	private final String chat;

	private final Probe probe;

	private final ReachabilityProperties settings;

	private final List<Runnable> onReachable = new CopyOnWriteArrayList<>();

	private ScheduledExecutorService timer;

	/** Null until the first probe has answered. */
	private volatile State state;

	private Duration nextWait;

	private record State(boolean up, String reason) {
	}

	/**
	 * Health for a chat that is not set up: neither up nor down, so it counts for
	 * nothing.
	 */
	public static HealthIndicator off(String reason) {
		Health off = Health.status(OFF).withDetail("reason", reason).build();
		return () -> off;
	}

	public Reachability(String chat, Probe probe, ReachabilityProperties settings) {
		this.chat = chat;
		this.probe = probe;
		this.settings = settings;
		this.nextWait = settings.firstRetry();
	}

	/**
	 * Runs each time the service answers after not having answered, and now when it
	 * already answers.
	 */
	public void whenReachable(Runnable action) {
		onReachable.add(action);
		if (reachable()) {
			runQuietly(action);
		}
	}

	public boolean reachable() {
		State known = state;
		return known != null && known.up();
	}

	@Override
	public Health health() {
		State known = state;
		if (known == null) {
			return Health.unknown().withDetail("reason", "not checked yet").build();
		}
		return known.up() ? Health.up().build() : Health.down().withDetail("reason", known.reason()).build();
	}

	@Override
	public synchronized void start() {
		timer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, chat.toLowerCase() + "-reachability");
			thread.setDaemon(true);
			return thread;
		});
		timer.execute(this::check);
	}

	@Override
	public synchronized void stop() {
		if (timer != null) {
			timer.shutdownNow();
			timer = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return timer != null;
	}

	private void check() {
		Optional<String> failure;
		try {
			failure = probe.get();
		}
		catch (RuntimeException ex) {
			failure = Optional.of(ex.toString());
		}
		State before = state;
		Duration wait;
		if (failure.isEmpty()) {
			state = new State(true, null);
			nextWait = settings.firstRetry();
			wait = settings.checkEvery();
			if (before == null || !before.up()) {
				log.info("{} reachable{}", chat, before == null ? "" : " again");
				onReachable.forEach(Reachability::runQuietly);
			}
		}
		else {
			state = new State(false, failure.get());
			wait = nextWait;
			nextWait = min(nextWait.multipliedBy(2), settings.maxRetry());
			if (before == null || before.up()) {
				log.warn(
						"{} cannot be reached ({}); Fyren runs without it and tries again, first in {} s, "
								+ "then up to every {} s",
						chat, failure.get(), wait.toSeconds(), settings.maxRetry().toSeconds());
			}
		}
		schedule(wait);
	}

	private synchronized void schedule(Duration wait) {
		if (timer != null) {
			timer.schedule(this::check, wait.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private static void runQuietly(Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			log.warn("Reconnecting failed: {}", ex.toString());
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

}
