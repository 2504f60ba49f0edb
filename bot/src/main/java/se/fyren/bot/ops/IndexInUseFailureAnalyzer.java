package se.fyren.bot.ops;

import java.nio.file.Path;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import se.fyren.knowledge.index.IndexInUseException;

/**
 * Turns a server started on a data folder another Fyren already writes (the service
 * running, and Fyren started again by hand; two instances given one folder) into Spring
 * Boot's short "APPLICATION FAILED TO START" report, naming the index and what to do,
 * instead of a hundred lines of stack traces that end in Lucene's lock. Registered in
 * {@code META-INF/spring.factories}.
 */
class IndexInUseFailureAnalyzer extends AbstractFailureAnalyzer<IndexInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IndexInUseException cause) {
		Path index = cause.directory().toAbsolutePath().normalize();
		String description = "Fyren's index at " + index + " is written by another process: most likely a Fyren"
				+ " server already running on the same data folder (fyren.knowledge.data-dir).";
		String action = "Stop the other Fyren first (systemctl stop fyren, or the Java process that holds "
				+ index.resolve("write.lock") + "), or give this one a data folder of its own with"
				+ " fyren.knowledge.data-dir (environment: FYREN_KNOWLEDGE_DATA_DIR). Several instances share a"
				+ " PostgreSQL database, each with its own data folder. The commands ask, eval and feedback work"
				+ " beside a running server.";
		return new FailureAnalysis(description, action, cause);
	}

}
