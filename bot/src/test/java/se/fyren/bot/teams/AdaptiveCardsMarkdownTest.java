package se.fyren.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

}
