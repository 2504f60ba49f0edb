package se.fyren.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Teams' and Microsoft's side of one Spring test class's application: a
 * {@link FakeMicrosoft} (token issuer, OpenID metadata, Bot Connector) the application is
 * pointed at, with an in-memory database of the class's own, and activities posted with a
 * Bot Framework token it signed. As a static {@code @RegisterExtension} field it stops
 * the fake after the class's tests.
 */
final class TeamsAppFixture implements AfterAllCallback {

	/** How long Fyren may take to post its answer through the Bot Connector. */
	private static final Duration ANSWER = Duration.ofSeconds(20);

	private final FakeMicrosoft microsoft = new FakeMicrosoft();

	private final TeamsActivityJson activities = new TeamsActivityJson(microsoft.serviceUrl());

	private final String database;

	/** {@code database} names the class's in-memory database. */
	TeamsAppFixture(String database) {
		this.database = database;
	}

	FakeMicrosoft microsoft() {
		return microsoft;
	}

	/** Teams' activities, as sent from the fake's service URL. */
	TeamsActivityJson activities() {
		return activities;
	}

	/** Points the application at the fake Microsoft and the class's database. */
	void register(DynamicPropertyRegistry registry) {
		TeamsTestApp.properties(microsoft).forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
	}

	/**
	 * Posts the activity to Fyren on {@code port} with a token valid at {@code now}
	 * (Fyren's clock, which may be the test's), and checks that Fyren took it.
	 */
	void send(int port, Instant now, String activity) {
		String token = microsoft.token(claims -> claims.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now.minusSeconds(60)))
			.expirationTime(Date.from(now.plusSeconds(3600))));
		assertThat(TeamsTestApp.send(port, token, activity).statusCode()).isEqualTo(200);
	}

	/** What Fyren posted (not updated) to the conversation, first first. */
	List<FakeMicrosoft.Call> posts(String conversation) {
		return microsoft.connector(conversation).stream().filter(call -> call.method().equals("POST")).toList();
	}

	/** Waits for at least {@code count} posts to the conversation. */
	List<FakeMicrosoft.Call> awaitPosts(String conversation, int count) {
		return await().atMost(ANSWER).until(() -> posts(conversation), calls -> calls.size() >= count);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		microsoft.close();
	}

}
