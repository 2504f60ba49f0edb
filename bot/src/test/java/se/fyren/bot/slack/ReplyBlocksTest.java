package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which pictures Slack can fetch: a card with one it cannot would be refused whole; and
 * how the core's links read in Slack.
 */
class ReplyBlocksTest {

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080/wheel/kommun.png", "http://127.0.0.1:8080/wheel/kommun.png",
			"http://10.1.2.3/wheel/kommun.png", "http://192.168.0.10/wheel/kommun.png", "http://[::1]:8080/x.png",
			"http://fyren.localhost/x.png", "not a url" })
	void picturesOnLocalOrPrivateAddressesAreLeftOut(String url) {
		assertThat(ReplyBlocks.reachableBySlack(url)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://fyren.example.se/wheel/kommun.png?year=2026", "https://93.184.215.14/x.png" })
	void picturesOnPublicAddressesAreShown(String url) {
		assertThat(ReplyBlocks.reachableBySlack(url)).isTrue();
	}

	@Test
	void aLabelledLinkSomeoneWroteShowsTheAddressItLeadsTo() {
		assertThat(ReplyBlocks.mrkdwn("Läs [protokollet](https://evil.example/x) <https://evil.example|här>"))
			.isEqualTo("Läs [protokollet](https://evil.example/x) &lt;https://evil.example|här&gt;");
	}

}
