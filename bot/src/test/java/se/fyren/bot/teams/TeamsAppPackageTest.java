package se.fyren.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Teams app package, as Teams' validation checks it on upload: the manifest against
 * Microsoft's published v1.16 schema (committed as test data:
 * {@code teams/*.schema.json}, from OfficeDev/microsoft-teams-app-schema), and what the
 * schema cannot see: a nil app id or the example host make a package Teams accepts but
 * that cannot work.
 */
class TeamsAppPackageTest {

	static final Path APP = Path.of("..", "config", "teams");

	static final String APP_ID = "5f1c6f6e-3b0a-4c7e-9d2f-8a1b2c3d4e5f";

	static final String NIL = "00000000-0000-0000-0000-000000000000";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path out;

	@Test
	void manifestNamesTheBotItsScopesAndCommands() throws IOException {
		JsonNode manifest = JSON.readTree(Files.readString(APP.resolve("manifest.json")));

		assertThat(manifest.path("manifestVersion").asString()).isEqualTo("1.16");
		JsonNode bot = manifest.path("bots").path(0);
		// Filled in when the package is made, so one package source serves every
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
	void commandHintsTeachTheDialogueChainsRealSyntax() throws IOException {
		JsonNode manifest = JSON.readTree(Files.readString(APP.resolve("manifest.json")));
		JsonNode english = JSON.readTree(Files.readString(APP.resolve("en.json")));

		assertThat(manifest.path("bots")
			.path(0)
			.path("commandLists")
			.path(0)
			.path("commands")
			.path(1)
			.path("description")
			.asString()).contains("dialog start <grupp>");
		assertThat(english.path("bots[0].commandLists[0].commands[1].description").asString())
			.contains("dialog start <group>");
	}

	@Test
	void refusesTheNilGuidAndTheExampleHost() {
		assertThatThrownBy(() -> new TeamsAppPackage.Settings(NIL, "fyren.kommun.se", "1.0.0", null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("nil GUID");
		assertThatThrownBy(() -> new TeamsAppPackage.Settings(APP_ID, "fyren.example.org", "1.0.0", null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("fyren.example.org");
		assertThatThrownBy(() -> new TeamsAppPackage.Settings("not-a-guid", "fyren.kommun.se", "1.0.0", null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TeamsAppPackage.Settings(APP_ID, "https://fyren.kommun.se/", "1.0.0", null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TeamsAppPackage.Settings(APP_ID, "fyren.kommun.se", "0.1.0-SNAPSHOT", null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void versionFollowsFyrensOwn() {
		assertThat(TeamsAppPackage.version("0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
		assertThat(TeamsAppPackage.version("1.2.3")).isEqualTo("1.2.3");
	}

	@Test
	void packageWithARealAppIdIsValidAgainstTheTeamsSchema() throws IOException {
		Path zip = out.resolve("fyren-teams.zip");
		TeamsAppPackage.write(APP, new TeamsAppPackage.Settings(APP_ID, "fyren.kommun.se",
				TeamsAppPackage.version("0.1.0-SNAPSHOT"), "https://www.kommun.se/personuppgifter", null), zip);

		Map<String, byte[]> files = unzip(zip);
		assertThat(files.keySet()).containsExactlyInAnyOrder("manifest.json", "en.json", "color.png", "outline.png");
		String manifestText = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
		assertThat(manifestText).doesNotContain("@teams.");
		assertThat(errors("MicrosoftTeams.v1.16.schema.json", manifestText)).isEmpty();
		assertThat(errors("MicrosoftTeams.Localization.v1.16.schema.json",
				new String(files.get("en.json"), StandardCharsets.UTF_8)))
			.isEmpty();

		JsonNode manifest = JSON.readTree(manifestText);
		// The schema does check: a manifest without its id is not valid.
		assertThat(errors("MicrosoftTeams.v1.16.schema.json", manifestText.replace("\"id\": \"" + APP_ID + "\",", "")))
			.isNotEmpty();
		assertThat(manifest.path("id").asString()).isEqualTo(APP_ID);
		assertThat(manifest.path("bots").path(0).path("botId").asString()).isEqualTo(APP_ID);
		assertThat(manifest.path("version").asString()).isEqualTo("0.1.0");
		assertThat(manifest.path("developer").path("privacyUrl").asString())
			.isEqualTo("https://www.kommun.se/personuppgifter");
		assertThat(manifest.path("developer").path("termsOfUseUrl").asString()).isEqualTo("https://fyren.kommun.se/");
		assertThat(manifest.path("validDomains").path(0).asString()).isEqualTo("fyren.kommun.se");
		assertThat(manifest.path("localizationInfo").path("defaultLanguageTag").asString()).isEqualTo("sv-se");
		assertThat(manifest.path("localizationInfo").path("additionalLanguages").path(0).path("file").asString())
			.isEqualTo("en.json");
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

	/** Teams crops a color icon's symbol outside the central 96×96 (48 px padding). */
	@Test
	void colorIconSymbolStaysWithinTheCentralSquare() throws IOException {
		BufferedImage color = ImageIO.read(APP.resolve("color.png").toFile());
		int background = color.getRGB(0, 0);
		int padding = 48;

		for (int y = 0; y < color.getHeight(); y++) {
			for (int x = 0; x < color.getWidth(); x++) {
				boolean inside = x >= padding && x < color.getWidth() - padding && y >= padding
						&& y < color.getHeight() - padding;
				if (!inside) {
					assertThat(color.getRGB(x, y)).as("pixel %d,%d outside the central square", x, y)
						.isEqualTo(background);
				}
			}
		}
	}

	private static List<String> errors(String schemaFile, String json) throws IOException {
		try (InputStream schemaText = TeamsAppPackageTest.class.getResourceAsStream("/teams/" + schemaFile)) {
			Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaText);
			return schema.validate(JSON.readTree(json)).stream().map(Error::toString).toList();
		}
	}

	private static Map<String, byte[]> unzip(Path zip) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

}
