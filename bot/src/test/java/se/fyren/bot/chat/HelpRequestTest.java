package se.fyren.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpRequestTest {

	@ParameterizedTest
	@ValueSource(strings = { "hjälp", "Hjälp!", "HJÄLP", "help", "Help?", "?", "hjalp", "Vad kan du göra?",
			"vad kan du", "Hej Fyren, vad kan du göra?", "What can you do?", "what can you do", "Hur fungerar det?",
			"how does this work?", "Vem är du?", "Hjälp mig!", "vad kan jag fråga om?" })
	void recognisesAskingForHelpTheWayPeopleAsk(String text) {
		assertThat(HelpRequest.matches(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Vilken hjälp finns för barnfamiljer?", "hjälp till äldre i Falun",
			"Vad kan kommunen göra för att minska ojämlikheten?", "help desk statistics",
			"Vilka tre strömmar ingår i Kingdons modell?", "Hur fungerar dialogkedjan?", "fönster" })
	void leavesRealQuestionsToTheReports(String text) {
		assertThat(HelpRequest.matches(text)).isFalse();
	}

	@Test
	void aLongRunOfCommasOrSpacesIsReadInTimeThatGrowsWithItsLength() {
		// Two runs side by side took 1.2 s for 4 000 commas and 30 s for 16 000.
		for (String text : List.of(",".repeat(16_000) + "x", "hej" + "\n".repeat(16_000) + "vad säger rapporterna?",
				"," + " ,".repeat(8_000) + "hjälp x")) {
			assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> HelpRequest.matches(text))).isFalse();
		}
		assertThat(HelpRequest.matches("hej, fyren, hjälp")).isTrue();
	}

}
