package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Slack app manifest an administrator pastes asks for what Fyren uses: group DMs are
 * followed as channels are, and conversations.info can say whether Fyren is in a channel
 * that asks for reminders, and files shared with Fyren can be downloaded.
 */
class SlackManifestTest {

	static final Path MANIFEST = Path.of("..", "config", "slack", "manifest.yml");

	@Test
	@SuppressWarnings("unchecked")
	void followsGroupDirectMessagesAndMayAskWhetherItIsInAChannel() throws Exception {
		Map<String, Object> manifest;
		try (Reader reader = Files.newBufferedReader(MANIFEST)) {
			manifest = new Yaml().load(reader);
		}
		Map<String, Object> scopes = (Map<String, Object>) ((Map<String, Object>) manifest.get("oauth_config"))
			.get("scopes");
		Map<String, Object> events = (Map<String, Object>) ((Map<String, Object>) manifest.get("settings"))
			.get("event_subscriptions");

		assertThat((List<String>) scopes.get("bot")).contains("mpim:history", "channels:read", "groups:read",
				"mpim:read", "files:read");
		assertThat((List<String>) events.get("bot_events")).contains("message.mpim", "message.channels",
				"message.groups", "message.im");
	}

}
