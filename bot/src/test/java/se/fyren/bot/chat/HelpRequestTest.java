package se.fyren.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

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

}
