package se.fyren.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JsonNode;

/**
 * The logging settings an IT department sets work with Fyren's logging configuration:
 * structured (ECS) JSON on the console, a log file, and the command line's log on
 * standard error. An empty application in a JVM of its own suffices (logging is set up
 * once per JVM): the configuration is found on the class path.
 */
class LoggingTest {

	static final String LINE = "Ready for the IT department";

	@Test
	void structuredConsoleLinesAreEcsJsonAndTheLogFileIsWritten(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("fyren.log");
		String out = run(dir, "--logging.structured.format.console=ecs", "--logging.file.name=" + file,
				"--spring.application.name=fyren");

		String line = out.lines().filter(l -> l.contains(LINE)).findFirst().orElseThrow();
		JsonNode json = Management.JSON.readTree(line);
		assertThat(json.path("log").path("level").asString()).isEqualTo("WARN");
		assertThat(json.path("message").asString()).isEqualTo(LINE);
		assertThat(json.path("service").path("name").asString()).isEqualTo("fyren");
		assertThat(json.has("@timestamp")).isTrue();
		assertThat(json.path("ecs").path("version").asString()).isNotBlank();
		assertThat(Files.readString(file)).contains(LINE);
	}

	@Test
	void theCommandLineLogsToStandardErrorSoItsOutputStaysClean(@TempDir Path dir) throws Exception {
		Path err = dir.resolve("err.txt");
		String out = run(dir, "--spring.profiles.active=cli", "--stderr=" + err);

		assertThat(out).doesNotContain(LINE);
		assertThat(Files.readString(err)).contains(LINE);
	}

	private static String run(Path dir, String... args) {
		try (ChildJvm child = new ChildJvm(dir.resolve("out.txt"), Main.class, args)) {
			int exit = child.waitFor(Duration.ofSeconds(60));
			assertThat(exit).as(child.output()).isZero();
			return child.output();
		}
	}

	/** An empty application that logs one WARN line and ends. */
	@Configuration(proxyBeanMethods = false)
	static class Main {

		public static void main(String[] args) throws Exception {
			for (String arg : args) {
				if (arg.startsWith("--stderr=")) {
					System.setErr(new java.io.PrintStream(Files.newOutputStream(Path.of(arg.substring(9))), true));
				}
			}
			try (ConfigurableApplicationContext started = new SpringApplicationBuilder(Main.class)
				.web(WebApplicationType.NONE)
				.run(args)) {
				LoggerFactory.getLogger(LoggingTest.class).warn(LINE);
			}
		}

	}

}
