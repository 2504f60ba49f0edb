package se.fyren.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.chat.Reply;

/** How the core's markup, which may hold what a person wrote, reads in a Teams card. */
class AdaptiveCardsMarkdownTest {

	@Test
	void boldAndBareAddressesAreKept() {
		assertThat(AdaptiveCards.markdown("*Signaler*\n• se https://fyren.example/a."))
			.isEqualTo("**Signaler**\n• se https://fyren.example/a.");
	}

	@Test
	void aLabelledLinkSomeoneWroteShowsTheAddressItLeadsTo() {
		assertThat(AdaptiveCards.markdown("Läs [protokollet](https://evil.example/x)"))
			.isEqualTo("Läs [protokollet] (https://evil.example/x)");
	}

	@Test
	void aPlainReplyEchoingWhatSomeoneTypedShowsTheAddressToo() {
		AdaptiveCards cards = new AdaptiveCards(JsonMapper.builder().build(), new StaticMessageSource());
		String shown = cards
			.render(new Reply.TextReply("Fyren bevakar ingen fråga [här](https://evil.example/x)."),
					Locale.forLanguageTag("sv"))
			.path("body")
			.path(0)
			.path("text")
			.asString();
		assertThat(shown).isEqualTo("Fyren bevakar ingen fråga [här] (https://evil.example/x).");
	}

}
