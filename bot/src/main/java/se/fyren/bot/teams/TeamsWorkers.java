package se.fyren.bot.teams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that search and answer after Teams has had its acknowledgement: the Bot
 * Framework wants the HTTP answer within seconds, and a reply is a separate call to the
 * connector anyway. On shutdown the answers under way are finished first.
 */
final class TeamsWorkers implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TeamsWorkers.class);

	private static final int QUEUE = 1_000;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	TeamsWorkers(int threads) {
		executor.setThreadNamePrefix("teams-");
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(QUEUE);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		executor.initialize();
	}

	/**
	 * Runs the work later; logs instead of throwing, so Teams always gets its
	 * acknowledgement.
	 */
	void submit(String what, Runnable work) {
		try {
			executor.execute(() -> {
				try {
					work.run();
				}
				catch (RuntimeException ex) {
					log.error("Teams {} failed", what, ex);
				}
			});
		}
		catch (TaskRejectedException ex) {
			log.error("Teams {} dropped: {} activities already waiting", what, QUEUE);
		}
	}

	@Override
	public void close() {
		executor.shutdown();
	}

}
