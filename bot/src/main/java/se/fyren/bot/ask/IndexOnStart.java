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
 */
@Component
@Profile("!cli")
class IndexOnStart implements ApplicationRunner {

	private final KnowledgeBase knowledge;

	private final KnowledgeProperties properties;

	private final Timer refreshTime;

	IndexOnStart(KnowledgeBase knowledge, KnowledgeProperties properties, MeterRegistry meters) {
		this.knowledge = knowledge;
		this.properties = properties;
		this.refreshTime = Timer.builder("fyren.index.refresh")
			.description("Time to bring the index in step with the report folders")
			.register(meters);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.indexOnStart()) {
			refreshTime.record(() -> {
				knowledge.refresh();
			});
		}
	}

}
