package se.fyren.bot.slack;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Slack's side of one Spring test class's application: a {@link FakeSlack} the
 * application is pointed at, with an in-memory database of the class's own, and slash
 * commands signed as Slack signs them. As a static {@code @RegisterExtension} field it
 * stops the fake after the class's tests.
 */
final class SlackAppFixture implements AfterAllCallback {

	/** How long Fyren may take to answer a slash command at its response_url. */
	private static final Duration ANSWER = Duration.ofSeconds(20);

	private final FakeSlack slack = new FakeSlack();

	private final String database;

	/** {@code database} names the class's in-memory database. */
	SlackAppFixture(String database) {
		this.database = database;
	}

	FakeSlack slack() {
		return slack;
	}

	/** Points the application at the fake Slack and the class's database. */
	void register(DynamicPropertyRegistry registry) {
		SlackTestApp.properties(slack).forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
	}

	/**
	 * Sends {@code /fyren text} by {@code user} in {@code channel} to Fyren on
	 * {@code port}; returns Fyren's one answer at the command's response_url.
	 */
	FakeSlack.Call command(int port, String user, String channel, String text) {
		SignedSlack signed = new SignedSlack(port);
		String answered = slack.responseUrl(UUID.randomUUID().toString());
		signed.send(signed.slashCommand(user, channel, text, answered, "t-" + UUID.randomUUID()));
		return await().atMost(ANSWER).until(() -> slack.responses(answered), responses -> responses.size() == 1).get(0);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		slack.close();
	}

}
