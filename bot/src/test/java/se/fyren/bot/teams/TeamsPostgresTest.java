package se.fyren.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.InProcessFyren;
import se.fyren.bot.PostgresCluster;
import se.fyren.bot.ask.AnswerLog;

/**
 * Production's database under the whole chat path: a Teams question answered and rated on
 * PostgreSQL, so the answer log, the stored conversation reference and the delivery
 * record are written there as they are in H2.
 */
class TeamsPostgresTest {

	@Test
	void aTeamsQuestionIsAnsweredRecordedAndRatedOnPostgresql() {
		try (FakeMicrosoft microsoft = new FakeMicrosoft();
				PostgresCluster postgres = new PostgresCluster("teams-postgres")) {
			try (ConfigurableApplicationContext context = postgres.pooledInstance(TeamsTestApp.properties(microsoft))) {
				int port = InProcessFyren.port(context);
				TeamsActivityJson teams = new TeamsActivityJson(microsoft.serviceUrl());
				String conversation = "a:1" + UUID.randomUUID().toString().replace("-", "");
				String token = microsoft.token(claims -> {
				});

				assertThat(TeamsTestApp
					.send(port, token,
							teams.personal("2001", "29:megan", conversation,
									"Vilka tre strömmar ingår i Kingdons modell?", "sv-SE"))
					.statusCode()).isEqualTo(200);
				String answerId = await().atMost(Duration.ofSeconds(30))
					.until(() -> microsoft.connector(conversation), calls -> !calls.isEmpty())
					.get(0)
					.card()
					.path("actions")
					.path(0)
					.path("data")
					.path("answerId")
					.asString();
				JdbcClient jdbc = context.getBean(JdbcClient.class);

				assertThat(jdbc.sql("select channel from answer where id = :id")
					.param("id", answerId)
					.query(String.class)
					.single()).isEqualTo("TEAMS");
				assertThat(jdbc.sql("select count(*) from teams_conversation where conversation_id = :c")
					.param("c", conversation)
					.query(Integer.class)
					.single()).isEqualTo(1);
				assertThat(context.getBean(AnswerLog.class).rate(answerId, "29:megan", true)).isTrue();
				assertThat(jdbc.sql("select helpful from feedback where answer_id = :id")
					.param("id", answerId)
					.query(Boolean.class)
					.single()).isTrue();
				assertThat(jdbc.sql("select count(*) from seen_delivery where seen_key like 'teams:%'")
					.query(Integer.class)
					.single()).isPositive();
			}
		}
	}

}
