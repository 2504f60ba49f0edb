package se.fyren.bot.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.fyren.bot.infra.WebApi;

/**
 * A web API endpoint with a bug, to see what the web API answers when a handler fails
 * unexpectedly: it throws with the text it was sent in the exception's message, as a
 * parser's error would carry a user's words. Import into a Spring test to plug it in: a
 * test configuration and what it holds are hidden from a {@code @SpringBootTest}'s scan.
 * An application a test starts itself from the test classes (a restart test) scans it in;
 * it answers only its own test path there, and is never packaged.
 */
@TestConfiguration(proxyBeanMethods = false)
class FailingEndpoint {

	static final String PATH = "/api/test/failing";

	/** Registered with the configuration it is nested in. */
	@RestController
	@WebApi
	static final class Endpoint {

		@PostMapping(PATH)
		String fail(@RequestBody String text) {
			throw new IllegalStateException("Cannot handle " + text);
		}

	}

}
