package se.fyren.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Place;

/**
 * The place rule the README shows for adding documents in the web chat, bound as Fyren
 * binds its settings: with it, an upload in the web chat has a collection to go to, where
 * the administrator key alone gives none.
 */
class ReadmeWebRuleTest {

	/** Tests run in bot/; the README is the project's. */
	private static final Path README = Path.of("..", "README.md");

	private static final Pattern YAML = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

	private static final Place WEB_CHAT = new Place(Channel.WEB, null, null, true);

	@Test
	void theReadmesWebRuleLetsTheWebChatAddDocuments() throws Exception {
		String rule = webRule(Files.readString(README));
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("readme", new ByteArrayResource(rule.getBytes(StandardCharsets.UTF_8)))
			.forEach(environment.getPropertySources()::addFirst);

		DocumentsProperties properties = new Binder(ConfigurationPropertySources.get(environment))
			.bindOrCreate("fyren.documents", DocumentsProperties.class);
		Places places = new Places(properties);

		assertThat(places.addsTo(WEB_CHAT)).contains("kommun");
		assertThat(places.collections(WEB_CHAT)).containsExactly("rapporter", "kommun");
		assertThat(new Places(new Binder().bindOrCreate("fyren.documents", DocumentsProperties.class)).addsTo(WEB_CHAT))
			.as("the key alone")
			.isEmpty();
	}

	/** The README's YAML block that ties the web chat to a collection. */
	private static String webRule(String readme) {
		Matcher block = YAML.matcher(readme);
		while (block.find()) {
			if (block.group(1).contains("chat: web")) {
				return block.group(1).stripIndent();
			}
		}
		throw new AssertionError("The README shows no place rule for the web chat");
	}

}
