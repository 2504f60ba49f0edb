package se.fyren.bot.infra;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Lets Quartz stop without an ERROR. Quartz 2.5 interrupts its scheduler thread when it
 * shuts down; a thread that is just then giving back a trigger it had taken (it nearly
 * always holds the next countdown wake-up) fails to get a database connection and logs
 * "Runtime error occurred in main trigger firing loop" with a stack trace on every normal
 * stop. Destroyed before the scheduler (it depends on it), this puts the scheduler in
 * standby first and waits, briefly, until the thread has given its triggers back and
 * rests; the shutdown that follows then interrupts a thread that is only waiting.
 */
@Component
class QuartzStandbyFirst implements DisposableBean {

	/** Longer than a trigger's release takes; shutdown goes on regardless after it. */
	static final Duration PATIENCE = Duration.ofSeconds(5);

	/** Samples, this far apart, that must all find the thread out of the database. */
	private static final Duration SAMPLE_GAP = Duration.ofMillis(10);

	private static final int QUIET_SAMPLES = 3;

	private static final Logger log = LoggerFactory.getLogger(QuartzStandbyFirst.class);

	private final Scheduler scheduler;

	QuartzStandbyFirst(Scheduler scheduler) {
		this.scheduler = scheduler;
	}

	@Override
	public void destroy() throws SchedulerException, InterruptedException {
		if (scheduler.isShutdown()) {
			return;
		}
		scheduler.standby();
		Optional<Thread> thread = schedulerThread();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		int quiet = 0;
		while (thread.isPresent() && quiet < QUIET_SAMPLES && System.nanoTime() < deadline) {
			Thread.sleep(SAMPLE_GAP.toMillis());
			quiet = inDatabase(thread.get()) ? 0 : quiet + 1;
		}
		if (quiet < QUIET_SAMPLES && thread.isPresent()) {
			log.info("Quartz's scheduler thread was still busy after {} s; shutting down anyway", PATIENCE.toSeconds());
		}
	}

	private Optional<Thread> schedulerThread() throws SchedulerException {
		String name = scheduler.getSchedulerName() + "_QuartzSchedulerThread";
		return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst();
	}

	/** In the job store, the connection pool or a JDBC driver. */
	private static boolean inDatabase(Thread thread) {
		return Arrays.stream(thread.getStackTrace())
			.map(StackTraceElement::getClassName)
			.anyMatch(name -> name.startsWith("org.quartz.impl.jdbcjobstore") || name.startsWith("com.zaxxer")
					|| name.startsWith("org.h2") || name.startsWith("org.postgresql") || name.startsWith("java.sql"));
	}

}
