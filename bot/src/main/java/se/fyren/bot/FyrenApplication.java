package se.fyren.bot;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Fyren. Without arguments it serves the web chat (and Slack when configured); with a
 * command ({@code ask}, {@code index}, {@code eval}, {@code bench}, {@code feedback}) it
 * runs that and exits.
 */
@SpringBootApplication
public class FyrenApplication {

	static final Set<String> COMMANDS = Set.of("ask", "index", "eval", "bench", "feedback");

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(FyrenApplication.class);
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setAdditionalProfiles("cli");
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
