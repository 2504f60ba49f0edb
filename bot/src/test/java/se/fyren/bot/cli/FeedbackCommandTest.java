package se.fyren.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.ask.AnswerLog;

/**
 * {@code fyren feedback} as the command line runs it when no server runs: its own small
 * application, the "cli" profile, a real database read directly because nothing answers
 * on the management port. The answers are put straight into the table; how they got there
 * is the web tests' business. With a server running: {@code CommandLineBesideServerTest}.
 */
@SpringBootTest(classes = CommandLine.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, args = "feedback")
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
@ActiveProfiles("cli")
@ExtendWith(OutputCaptureExtension.class)
class FeedbackCommandTest {

	@DynamicPropertySource
	static void fyrenProperties(DynamicPropertyRegistry registry) {
		registry.add("fyren.knowledge.data-dir", () -> Path.of("target", "cli-test-data").toAbsolutePath().toString());
		registry.add("fyren.knowledge.thesaurus", () -> "");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:fyren-cli;DB_CLOSE_DELAY=-1");
		// Nothing listens there: no server runs.
		registry.add("management.server.port", () -> String.valueOf(unusedPort()));
	}

	@Autowired
	FyrenCommands commands;

	@Autowired
	AnswerLog answers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsTheWorstRatedAnswersFirst(CapturedOutput output) {
		answer("a1", "Vilka tre strömmar ingår i Kingdons modell?", true, "Problem, politik och policy.");
		answer("a2", "Hur lång är dialogkedjan?", false, "");
		answers.rate("a1", "anna", false);
		answers.rate("a2", "anna", false);
		answers.rate("a2", "bo", false);
		answers.rate("a1", "bo", true);
		int before = output.length();

		commands.run(new DefaultApplicationArguments("feedback"));

		String printed = output.toString().substring(before);
		assertThat(printed).contains("Sämst betygsatta svar");
		assertThat(printed.indexOf("Hur lång är dialogkedjan?")).isPositive()
			.isLessThan(printed.indexOf("Vilka tre strömmar"));
		assertThat(printed).contains("  2 / 0   Hur lång är dialogkedjan?", "(inget svar hittades)", "id: a2",
				"  1 / 1   Vilka tre strömmar", "Problem, politik och policy.");
		assertThat(commands.getExitCode()).isZero();
	}

	private static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void answer(String id, String question, boolean found, String text) {
		jdbc.sql("""
				insert into answer (id, channel, question, found, answer_text, created_at)
				values (:id, 'WEB', :question, :found, :text, :created)""")
			.param("id", id)
			.param("question", question)
			.param("found", found)
			.param("text", text)
			.param("created", Instant.now())
			.update();
	}

}
