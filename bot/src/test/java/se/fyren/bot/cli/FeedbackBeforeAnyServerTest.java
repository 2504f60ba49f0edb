package se.fyren.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command line on a data folder no server has run on: {@code fyren feedback} finds no
 * answer log yet, which is no answers, not a stack trace; {@code fyren --help} lists the
 * commands.
 */
@SpringBootTest(classes = CommandLine.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, args = "feedback")
@ActiveProfiles("cli")
@ExtendWith(OutputCaptureExtension.class)
class FeedbackBeforeAnyServerTest {

	@DynamicPropertySource
	static void fyrenProperties(DynamicPropertyRegistry registry) {
		registry.add("fyren.knowledge.data-dir",
				() -> Path.of("target", "cli-empty-test-data").toAbsolutePath().toString());
		registry.add("fyren.knowledge.thesaurus", () -> "");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:fyren-cli-empty;DB_CLOSE_DELAY=-1");
		registry.add("management.server.port", () -> String.valueOf(unusedPort()));
	}

	@Autowired
	FyrenCommands commands;

	@Test
	void saysThereAreNoRatedAnswers(CapturedOutput output) {
		int before = output.length();

		commands.run(new DefaultApplicationArguments("feedback"));

		assertThat(output.toString().substring(before)).contains("Inga svar har fått betyget")
			.doesNotContain("Exception");
		assertThat(commands.getExitCode()).isZero();
	}

	@Test
	void helpListsTheCommandsAndSucceeds(CapturedOutput output) {
		for (String asked : new String[] { "help", "--help", "-h" }) {
			int before = output.length();

			commands.run(new DefaultApplicationArguments(asked));

			assertThat(output.toString().substring(before)).contains("serves", "fyren ask", "fyren eval");
			assertThat(commands.getExitCode()).isZero();
		}
	}

	private static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
