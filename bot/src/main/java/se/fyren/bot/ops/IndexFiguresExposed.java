package se.fyren.bot.ops;

import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import se.fyren.knowledge.IndexFigures;
import se.fyren.knowledge.KnowledgeBase;

/**
 * The index's figures in {@code /actuator/info} and as gauges
 * ({@code fyren.index.documents}, {@code fyren.index.passages}), read from the last
 * commit each time they are asked for.
 */
@Component
class IndexFiguresExposed implements InfoContributor {

	private final KnowledgeBase knowledge;

	IndexFiguresExposed(KnowledgeBase knowledge, MeterRegistry meters) {
		this.knowledge = knowledge;
		Gauge.builder("fyren.index.documents", knowledge, k -> k.figures().documents())
			.description("Reports in the index")
			.register(meters);
		Gauge.builder("fyren.index.passages", knowledge, k -> k.figures().passages())
			.description("Passages searchable")
			.register(meters);
	}

	@Override
	public void contribute(Info.Builder info) {
		IndexFigures figures = knowledge.figures();
		info.withDetail("index",
				Map.of("ready", figures.ready(), "documents", figures.documents(), "passages", figures.passages()));
	}

}
