package se.fyren.bot.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.MutableClock;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Inbound;

/**
 * Answers and their ratings are personal data: the nightly job deletes those older than
 * {@code fyren.ask.retention-days} and keeps the rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(MutableClock.Config.class)
class AnswerRetentionTest {

	static final Path SHARED = Path.of(System.getProperty("fyren.shared", "../../shared")).toAbsolutePath().normalize();

	@DynamicPropertySource
	static void fyrenProperties(DynamicPropertyRegistry registry) {
		registry.add("fyren.knowledge.reports", () -> SHARED.resolve("corpus").toString());
		registry.add("fyren.knowledge.data-dir",
				() -> Path.of("target", "answer-retention-data").toAbsolutePath().toString());
		registry.add("fyren.knowledge.thesaurus", () -> "");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:answer-retention;DB_CLOSE_DELAY=-1");
		registry.add("fyren.ask.retention-days", () -> "30");
	}

	@Autowired
	Questions questions;

	@Autowired
	AnswerLog answers;

	@Autowired
	AnswerRetention retention;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersOlderThanTheRetentionAreDeletedWithTheirRatings() {
		Instant now = Instant.now();
		clock.set(now.minus(Duration.ofDays(31)));
		String old = ask("Vilka tre strömmar ingår i Kingdons modell?");
		answers.rate(old, "web:anna", false);
		clock.set(now.minus(Duration.ofDays(29)));
		String recent = ask("Vad är dialogkedjan?");
		answers.rate(recent, "web:bo", true);
		clock.set(now);

		assertThat(retention.deleteExpired()).isEqualTo(1);

		assertThat(count("answer", "id", old)).isZero();
		assertThat(count("feedback", "answer_id", old)).isZero();
		assertThat(count("answer", "id", recent)).isOne();
		assertThat(count("feedback", "answer_id", recent)).isOne();
	}

	private String ask(String question) {
		return questions.answer(Channel.WEB, question, Inbound.SWEDISH).answerId();
	}

	private int count(String table, String column, String id) {
		return jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

}
