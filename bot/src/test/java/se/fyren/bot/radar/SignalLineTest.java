package se.fyren.bot.radar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A signal's one line and a mistyped word's suggestions. */
class SignalLineTest {

	@Test
	void readsTrailingDateAndLinkInEitherOrder() {
		SignalLine line = SignalLine.parse("HLV 2026: 9 % av barnen 2026-10-12 https://example.se/hlv");
		assertThat(line.text()).isEqualTo("HLV 2026: 9 % av barnen");
		assertThat(line.date()).contains("2026-10-12");
		assertThat(line.link()).contains("https://example.se/hlv");

		SignalLine slack = SignalLine.parse("Motion lagd <https://example.se/motion|motionen> 2026-11-03");
		assertThat(slack.text()).isEqualTo("Motion lagd");
		assertThat(slack.link()).contains("https://example.se/motion");
		assertThat(slack.date()).contains("2026-11-03");
	}

	@Test
	void aDateInsideTheTextStaysText() {
		SignalLine line = SignalLine.parse("Beslut 2026-10-12 i nämnden");
		assertThat(line.text()).isEqualTo("Beslut 2026-10-12 i nämnden");
		assertThat(line.date()).isEmpty();
	}

	@Test
	void suggestsTheStreamOrIssueMeant() {
		assertThat(CloseNames.to("poltik", List.of("problem", "politik", "policy"))).first().isEqualTo("politik");
		assertThat(CloseNames.to("Polciy", List.of("problem", "politik", "policy"))).first().isEqualTo("policy");
		assertThat(CloseNames.to("barnfatigdom", List.of("barnfattigdom", "ensamhet")))
			.containsExactly("barnfattigdom");
		assertThat(CloseNames.to("budget", List.of("problem", "politik", "policy"))).isEmpty();
	}

}
