package se.fyren.bot.ask;

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

	IndexOnStart(KnowledgeBase knowledge, KnowledgeProperties properties) {
		this.knowledge = knowledge;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.indexOnStart()) {
			knowledge.refresh();
		}
	}

}
