package se.fyren.bot.ask;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import se.fyren.knowledge.IndexProgress;
import se.fyren.knowledge.KnowledgeBase;

/**
 * Whether Fyren can answer from the reports yet: not while the index is being built at
 * start and no complete index is on disk from an earlier run; meanwhile, how many reports
 * the build has read. For the chat core and for health checks.
 */
@Component
public class IndexStatus implements IndexProgress {

	/** How far the build has come: reports read of all found. */
	public record Progress(int done, int total) {
	}

	private final KnowledgeBase knowledge;

	private final AtomicReference<Progress> progress = new AtomicReference<>(new Progress(0, 0));

	private volatile boolean building;

	IndexStatus(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	public boolean ready() {
		return !building || knowledge.hasIndex();
	}

	public Progress progress() {
		return progress.get();
	}

	@Override
	public void reports(int done, int total) {
		progress.set(new Progress(done, total));
	}

	/** The build at start has begun. */
	void building() {
		building = true;
	}

	/** The build at start has ended: answers come from the index as it is. */
	void built() {
		building = false;
	}

}
