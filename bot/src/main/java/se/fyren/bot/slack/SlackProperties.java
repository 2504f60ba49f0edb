package se.fyren.bot.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Fyren reaches Slack; secrets come from the environment through
 * {@code application.yml}.
 *
 * @param botToken the bot token ({@code xoxb-...}), SLACK_BOT_TOKEN
 * @param signingSecret verifies that requests to {@code /slack/events} come from Slack,
 * SLACK_SIGNING_SECRET; without it, Fyren takes no HTTP requests from Slack (Socket Mode
 * only)
 * @param appToken an app-level token ({@code xapp-...}), SLACK_APP_TOKEN; when set, Fyren
 * also connects in Socket Mode, so it needs no public URL
 * @param apiUrl where the Web API lives, e.g. {@code https://slack.com/api/}; blank for
 * Slack itself (a proxy or the tests' fake Slack set it), FYREN_SLACK_API_URL
 * @param workers threads that search and answer after Slack has been acknowledged; 0 (the
 * default) for one per core: with posting on threads of its own, a worker's answer is CPU
 * work, and more workers than cores only made the acknowledgements wait (load benchmark,
 * 2 cores: ack p99 37-57 ms with 2, 54-124 ms with 4)
 */
@ConfigurationProperties("fyren.slack")
record SlackProperties(String botToken, String signingSecret, String appToken, String apiUrl,
		@DefaultValue("0") int workers) {

	SlackProperties {
		if (workers < 0) {
			throw new IllegalArgumentException("fyren.slack.workers must be 0 (one per core) or more, was " + workers);
		}
		if (workers == 0) {
			workers = Runtime.getRuntime().availableProcessors();
		}
	}

	boolean http() {
		return signingSecret != null && !signingSecret.isBlank();
	}

	boolean socketMode() {
		return appToken != null && !appToken.isBlank();
	}

}
