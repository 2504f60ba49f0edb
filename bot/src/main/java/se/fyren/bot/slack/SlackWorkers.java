package se.fyren.bot.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that search and answer after Slack has had its acknowledgement (Bolt for
 * Java has no lazy listeners). Not exposed as an {@code Executor} bean, so Boot's own
 * task executor stays as it is; on shutdown the answers under way are finished before the
 * application stops.
 */
final class SlackWorkers implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SlackWorkers.class);

	private static final int QUEUE = 1_000;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	SlackWorkers(int threads) {
		executor.setThreadNamePrefix("slack-");
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(QUEUE);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		executor.initialize();
	}

	/**
	 * Runs the work later; logs instead of throwing, so the acknowledgement to Slack
	 * always goes out.
	 */
	void submit(String what, Runnable work) {
		try {
			executor.execute(() -> {
				try {
					work.run();
				}
				catch (RuntimeException ex) {
					log.error("Slack {} failed", what, ex);
				}
			});
		}
		catch (TaskRejectedException ex) {
			log.error("Slack {} dropped: {} answers already waiting", what, QUEUE);
		}
	}

	@Override
	public void close() {
		executor.shutdown();
	}

}
