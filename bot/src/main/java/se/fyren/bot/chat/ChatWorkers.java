package se.fyren.bot.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that search and answer after a chat has had its acknowledgement: Slack
 * wants it within three seconds (and Bolt for Java has no lazy listeners), the Bot
 * Framework within a few. One pool per chat, so a queue in one does not hold up the
 * other. Not an {@code Executor} bean, so Boot's own task executor stays as it is; on
 * shutdown the answers under way are finished before the application stops.
 */
public final class ChatWorkers implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ChatWorkers.class);

	private static final int QUEUE = 1_000;

	private final Channel chat;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	public ChatWorkers(Channel chat, int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("A chat needs at least one worker thread, was " + threads);
		}
		this.chat = chat;
		executor.setThreadNamePrefix(chat.name().toLowerCase(java.util.Locale.ROOT) + "-");
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(QUEUE);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		executor.initialize();
	}

	/**
	 * Runs the work later; logs instead of throwing, so the chat always gets its
	 * acknowledgement.
	 */
	public void submit(String what, Runnable work) {
		try {
			executor.execute(() -> {
				try {
					work.run();
				}
				catch (RuntimeException ex) {
					log.error("{} {} failed", chat, what, ex);
				}
			});
		}
		catch (TaskRejectedException ex) {
			log.error("{} {} dropped: {} already waiting", chat, what, QUEUE);
		}
	}

	@Override
	public void close() {
		executor.shutdown();
	}

}
