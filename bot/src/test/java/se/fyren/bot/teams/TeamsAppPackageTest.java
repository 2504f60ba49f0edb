package se.fyren.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sources of the Teams app package, as Teams' validation checks them on upload. */
class TeamsAppPackageTest {

	static final Path APP = Path.of("..", "config", "teams");

	@Test
	void manifestNamesTheBotItsScopesAndCommands() throws IOException {
		JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(APP.resolve("manifest.json")));

		assertThat(manifest.path("manifestVersion").asString()).isEqualTo("1.16");
		JsonNode bot = manifest.path("bots").path(0);
		// Filled in by the build from teams.app-id, so one package source serves every
		// installation.
		assertThat(bot.path("botId").asString()).isEqualTo("@teams.app-id@");
		assertThat(bot.path("scopes").valueStream().map(JsonNode::asString)).containsExactly("personal", "team",
				"groupChat");
		assertThat(bot.path("commandLists").path(0).path("commands").valueStream().map(c -> c.path("title").asString()))
			.containsExactly("fråga", "dialog", "fönster", "årshjul", "hjälp");
		assertThat(manifest.path("composeExtensions").path(0).path("commands").path(0).path("id").asString())
			.isEqualTo("fraga");
		assertThat(manifest.path("description").path("short").asString().length()).isLessThanOrEqualTo(80);
	}

	@Test
	void iconsHaveTheSizesTeamsRequires() throws IOException {
		BufferedImage color = ImageIO.read(APP.resolve("color.png").toFile());
		BufferedImage outline = ImageIO.read(APP.resolve("outline.png").toFile());

		assertThat(color.getWidth()).isEqualTo(192);
		assertThat(color.getHeight()).isEqualTo(192);
		assertThat(outline.getWidth()).isEqualTo(32);
		assertThat(outline.getHeight()).isEqualTo(32);
		// The outline icon is white on transparent.
		assertThat(outline.getRGB(0, 31) >>> 24).isZero();
	}

}
