package se.fyren.bot.ops;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import se.fyren.knowledge.IndexFigures;
import se.fyren.knowledge.KnowledgeBase;

/**
 * The index in health ({@code /actuator/health/index}, part of readiness): up once a
 * complete index can answer, down while the reports are still being read the first time,
 * and down when a reports folder of the settings is not there (a typo, a share not
 * mounted): the index then holds none of its reports, and every question would go
 * unanswered with nothing the IT department watches saying why.
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
		List<Path> missing = knowledge.missingReportFolders();
		Health.Builder health = !figures.ready() ? Health.down().withDetail("reason", "still reading the reports")
				: !missing.isEmpty() ? Health.down()
					.withDetail("reason", "no reports folder at " + missing
							+ ": check fyren.knowledge.reports (a relative path is read from the working directory)")
						: Health.up();
		return health.withDetail("documents", figures.documents()).withDetail("passages", figures.passages()).build();
	}

}
