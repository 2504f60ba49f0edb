package se.fyren.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.ops.Management;

/**
 * Microsoft's OpenID metadata (where the keys that sign Teams' requests are announced)
 * cannot be read when Fyren starts: Fyren starts, says so in one WARN line and in health,
 * and answers in Teams by itself once the metadata can be read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TeamsDegradedStartTest {

	@RegisterExtension
	static final TeamsAppFixture app = new TeamsAppFixture("teams");

	static final FakeMicrosoft microsoft = app.microsoft();

	static final TeamsActivityJson teams = app.activities();

	@DynamicPropertySource
	static void metadataDownAtStart(DynamicPropertyRegistry registry) {
		microsoft.metadataDown(true);
		app.register(registry);
		registry.add("fyren.chat.reachability.first-retry", () -> "100ms");
		registry.add("fyren.chat.reachability.max-retry", () -> "500ms");
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void startsWithoutTheMetadataAndAnswersInTeamsOnceItCanBeRead(CapturedOutput output) {
		Management management = new Management(managementPort);
		await().atMost(Duration.ofSeconds(10)).until(() -> management.status("teams").equals("DOWN"));
		assertThat(management.json("/actuator/health/teams").path("details").path("reason").asString())
			.contains("OpenID metadata");
		assertThat(management.status("readiness")).isEqualTo("UP");
		assertThat(output.getOut().lines().filter(line -> line.contains("Teams cannot be reached"))).singleElement()
			.asString()
			.contains("WARN");

		microsoft.metadataDown(false);
		await().atMost(Duration.ofSeconds(10)).until(() -> management.status("teams").equals("UP"));

		String conversation = "a:1" + UUID.randomUUID().toString().replace("-", "");
		assertThat(TeamsTestApp.send(port, microsoft.token(claims -> {
		}), teams.personal("2001", "29:megan", conversation, TeamsAdapterTest.KINGDON, "sv-SE")).statusCode())
			.isEqualTo(200);
		FakeMicrosoft.Call reply = await().atMost(Duration.ofSeconds(20))
			.until(() -> microsoft.connector(conversation), calls -> !calls.isEmpty())
			.get(0);
		assertThat(reply.card().toString()).contains(TeamsAdapterTest.KURSMANUAL);
	}

}
