package se.fyren.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A single-tenant bot over real HTTP: an activity with a valid Bot Framework token from
 * another Entra tenant is refused, as is one whose conversation and channel data name
 * different tenants, and one from a channel the signing key is not endorsed for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamsTenantTest {

	static final String OTHER_TENANT = "0c9e3a6f-0000-4000-8000-0000000000ff";

	@RegisterExtension
	static final TeamsAppFixture app = new TeamsAppFixture("teams-tenant");

	static final FakeMicrosoft microsoft = app.microsoft();

	static final TeamsActivityJson teams = app.activities();

	@DynamicPropertySource
	static void singleTenant(DynamicPropertyRegistry registry) {
		app.register(registry);
		registry.add("fyren.teams.tenant", () -> TeamsActivityJson.TENANT);
	}

	@LocalServerPort
	int port;

	@Test
	void activitiesFromTheBotsOwnTenantAreAnswered() {
		String conversation = conversation();

		HttpResponse<String> ack = send(teams.personal("2001", "29:own", conversation, "hjälp", "sv-SE"));

		assertThat(ack.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> microsoft.connector(conversation), posts -> posts.size() == 1);
	}

	@Test
	void activitiesFromAnotherTenantAreRefusedAndNeverAnswered() {
		String conversation = conversation();
		String elsewhere = teams.personal("2002", "29:guest", conversation, "hjälp", "sv-SE")
			.replace(TeamsActivityJson.TENANT, OTHER_TENANT);
		String mixed = teams.personal("2003", "29:guest", conversation, "hjälp", "sv-SE")
			.replaceFirst(TeamsActivityJson.TENANT, OTHER_TENANT);

		assertThat(send(elsewhere).statusCode()).isEqualTo(403);
		assertThat(send(mixed).statusCode()).isEqualTo(403);
		// The bot's own tenant in the same conversation is still answered, and only it.
		assertThat(send(teams.personal("2004", "29:own", conversation, "hjälp", "sv-SE")).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> microsoft.connector(conversation), posts -> posts.size() == 1);
		assertThat(microsoft.connector(conversation).get(0).path()).endsWith("/activities/2004");
	}

	@Test
	void activitiesFromAChannelTheSigningKeyIsNotEndorsedForAreRefused() {
		String conversation = conversation();
		String webchat = teams.personal("2005", "29:own", conversation, "hjälp", "sv-SE")
			.replace("\"channelId\": \"msteams\"", "\"channelId\": \"webchat\"");

		assertThat(send(webchat).statusCode()).isEqualTo(401);
		assertThat(send(teams.personal("2006", "29:own", conversation, "hjälp", "sv-SE")).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> microsoft.connector(conversation), posts -> posts.size() == 1);
		assertThat(microsoft.connector(conversation).get(0).path()).endsWith("/activities/2006");
	}

	@Test
	void aBodyLargerThanTheRequestLimitIsRefusedUnread() {
		String huge = "{\"type\": \"message\", \"text\": \"" + "x".repeat(ONE_MEGABYTE) + "\"}";

		assertThat(send(huge).statusCode()).isEqualTo(413);
	}

	/** Larger than the default fyren.web.max-request-size. */
	static final int ONE_MEGABYTE = 1024 * 1024;

	private HttpResponse<String> send(String activity) {
		return TeamsTestApp.send(port, microsoft.token(claims -> {
		}), activity);
	}

	private static String conversation() {
		return "a:1" + UUID.randomUUID().toString().replace("-", "");
	}

}
