package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Slack's search workers as Spring binds them: one per core unless set, since an answer
 * is CPU work once posting has threads of its own.
 */
class SlackPropertiesTest {

	@Test
	void workersAreOnePerCoreUnlessSet() {
		int cores = Runtime.getRuntime().availableProcessors();

		assertThat(bind(Map.of("fyren.slack.bot-token", "xoxb-1")).workers()).isEqualTo(cores);
		assertThat(bind(Map.of("fyren.slack.workers", "0")).workers()).isEqualTo(cores);
		assertThat(bind(Map.of("fyren.slack.workers", "6")).workers()).isEqualTo(6);
	}

	@Test
	void aNegativeWorkerCountStopsTheStartNamingTheSetting() {
		assertThatThrownBy(() -> bind(Map.of("fyren.slack.workers", "-1"))).rootCause()
			.hasMessageContaining("fyren.slack.workers must be 0 (one per core) or more, was -1");
	}

	private static SlackProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bind("fyren.slack", SlackProperties.class)
			.get();
	}

}
