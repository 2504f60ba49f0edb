package se.fyren.bot;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import se.fyren.bot.cli.CommandLine;

/**
 * Fyren. Without arguments it serves the web chat (and Slack when configured); with a
 * command ({@code ask}, {@code index}, {@code eval}, {@code bench}, {@code feedback},
 * {@code teams-package}) it runs that and exits.
 */
@SpringBootApplication
public class FyrenApplication {

	static final Set<String> COMMANDS = Set.of("ask", "index", "eval", "bench", "feedback", "teams-package");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			// Standard output is the command's result (JSON among them): a library that
			// logs before Spring Boot sets up logging must find the command line's
			// set-up,
			// which logs to standard error, not Logback's default on standard output.
			System.setProperty("logback.configurationFile", "logback-cli.xml");
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
