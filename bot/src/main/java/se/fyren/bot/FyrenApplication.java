package se.fyren.bot;

import java.util.Set;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import se.fyren.bot.cli.CommandLine;

/**
 * Fyren. Without arguments it serves the web chat (and Slack when configured); with a
 * command ({@code ask}, {@code index}, {@code eval}, {@code bench}, {@code feedback},
 * {@code teams-package}, {@code add}, {@code help}) it runs that and exits.
 */
@SpringBootApplication
public class FyrenApplication {

	// "--help" and "-h" print the commands: an administrator's first try, which would
	// otherwise start the server.
	static final Set<String> COMMANDS = Set.of("ask", "index", "eval", "bench", "feedback", "teams-package", "add",
			"help", "--help", "-h");

	private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			// Standard output is the command's result (JSON among them): Logback
			// starts from the command line's file (to standard error) before any
			// library logs, not from its default (standard output). Cleared at once,
			// so Spring Boot then sets logging up from logging.config as usual.
			System.setProperty(LOGBACK_CONFIGURATION, "logback-cli.xml");
			LoggerFactory.getILoggerFactory();
			System.clearProperty(LOGBACK_CONFIGURATION);
			// The command line's own small application: no web server, database or
			// schedulers, so it starts quickly and runs beside a server on the same data.
			SpringApplication commands = new SpringApplication(CommandLine.class);
			commands.setWebApplicationType(WebApplicationType.NONE);
			commands.setAdditionalProfiles("cli");
			System.exit(SpringApplication.exit(commands.run(args)));
		}
		SpringApplication.run(FyrenApplication.class, args);
	}

}
