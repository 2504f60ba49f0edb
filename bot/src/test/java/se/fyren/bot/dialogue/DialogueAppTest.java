package se.fyren.bot.dialogue;

import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.MutableClock;

/**
 * The whole application on a random port with the real database, Quartz job store,
 * templates and index; only Slack's side is a {@link RecordingOutbox}. The dialogue tests
 * extend this, so they share one context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ MutableClock.Config.class, RecordingOutbox.Config.class })
abstract class DialogueAppTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		// One index for the tests sharing this context, built once and only checked on
		// later runs.
		DialogueTestSupport
			.properties("jdbc:h2:mem:dialogue;DB_CLOSE_DELAY=-1", Path.of("target", "dialogue-test-data"),
					"dialogueTests")
			.forEach((key, value) -> registry.add(key, () -> value));
	}

}
