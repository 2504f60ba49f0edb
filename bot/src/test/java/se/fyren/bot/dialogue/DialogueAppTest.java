package se.fyren.bot.dialogue;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.MutableClock;

/**
 * The whole application on a random port with the real database, Quartz job store, templates and index; only
 * Slack's side is a {@link RecordingOutbox}. The dialogue tests extend this, so they share one context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ MutableClock.Config.class, RecordingOutbox.Config.class })
abstract class DialogueAppTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		DialogueTestSupport.properties("jdbc:h2:mem:dialogue;DB_CLOSE_DELAY=-1")
			.forEach((key, value) -> registry.add(key, () -> value));
	}

}
