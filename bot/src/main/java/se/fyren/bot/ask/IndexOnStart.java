package se.fyren.bot.ask;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import se.fyren.knowledge.KnowledgeBase;

/**
 * The web application brings the index in step with the report folders before it answers.
 * The web server and the chats are already listening while it does: questions asked
 * meanwhile are told how far it has come ({@link IndexStatus}).
 */
@Component
@Profile("!cli")
class IndexOnStart implements ApplicationRunner {

	private final KnowledgeBase knowledge;

	private final KnowledgeProperties properties;

	private final Timer refreshTime;

	private final IndexStatus status;

	IndexOnStart(KnowledgeBase knowledge, KnowledgeProperties properties, IndexStatus status, MeterRegistry meters) {
		this.knowledge = knowledge;
		this.properties = properties;
		this.status = status;
		this.refreshTime = Timer.builder("fyren.index.refresh")
			.description("Time to bring the index in step with the report folders")
			.register(meters);
		// Before the web server and the chats start listening, so no question slips
		// through to an index that is not there yet.
		if (properties.indexOnStart()) {
			status.building();
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.indexOnStart()) {
			try {
				refreshTime.record(() -> knowledge.refresh(status));
			}
			finally {
				status.built();
			}
		}
	}

}
