package se.fyren.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code fyren add} on the command line's own small application, into a real database: a
 * text file is confirmed without a page count it does not have, and is stored with the
 * login name of whoever added it, which the chats' list of documents shows.
 */
@SpringBootTest(classes = CommandLine.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, args = "help")
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
@ActiveProfiles("cli")
@ExtendWith(OutputCaptureExtension.class)
class AddCommandTest {

	@DynamicPropertySource
	static void fyrenProperties(DynamicPropertyRegistry registry) {
		registry.add("fyren.knowledge.data-dir", () -> Path.of("target", "cli-add-data").toAbsolutePath().toString());
		registry.add("fyren.knowledge.thesaurus", () -> "");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:fyren-cli-add;DB_CLOSE_DELAY=-1");
	}

	@Autowired
	FyrenCommands commands;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTextFileIsAddedWithoutAPageCountAndWithTheLoginName(@TempDir Path dir, CapturedOutput output)
			throws Exception {
		Path file = Files.writeString(dir.resolve("Protokoll.txt"), """
				Protokoll från nämndens möte

				Nämnden beslutade att öppna fritidsgården i Tjärna ängar på lördagar.
				""");
		int before = output.length();

		commands.run(new DefaultApplicationArguments("add", file.toString(), "--collection", "kommun"));

		assertThat(commands.getExitCode()).isZero();
		assertThat(output.toString().substring(before)).contains("Tillagt: ”Protokoll” i samlingen kommun, id d-")
			.doesNotContain("sidor");
		assertThat(jdbc.sql("select added_by_name from document").query(String.class).single())
			.isEqualTo(System.getProperty("user.name"));
	}

}
