package se.fyren.bot.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import se.fyren.knowledge.IndexFigures;
import se.fyren.knowledge.KnowledgeBase;

/**
 * The index in health ({@code /actuator/health/index}, part of readiness): up once a
 * complete index can answer, down while the reports are still being read the first time.
 */
@Component
class IndexHealthIndicator implements HealthIndicator {

	private final KnowledgeBase knowledge;

	IndexHealthIndicator(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	@Override
	public Health health() {
		IndexFigures figures = knowledge.figures();
		Health.Builder health = figures.ready() ? Health.up()
				: Health.down().withDetail("reason", "still reading the reports");
		return health.withDetail("documents", figures.documents()).withDetail("passages", figures.passages()).build();
	}

}
