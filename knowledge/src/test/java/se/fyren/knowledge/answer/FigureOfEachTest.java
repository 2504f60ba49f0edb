package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FigureOfEachTest {

	@Test
	void aFigureOfEachIsAskedByPerARateInTimeOrFromEach() {
		for (String question : List.of("hur många deltagare per kommun", "hur många timmar i veckan jobbade hon",
				"how many people complete it each year", "how many visits a week", "hur många från varje kommun",
				"how many people in each municipality")) {
			assertThat(FigureOfEach.asked(question)).as(question).isTrue();
		}
		// A share, a source, a means, a time within which, or the figure of any one.
		for (String question : List.of("by how many per cent did it drop", "how many, per the report",
				"hur många kontaktade henne per telefon", "how many people came in a year",
				"how many hours does each session last", "hur många kom till varje träff")) {
			assertThat(FigureOfEach.asked(question)).as(question).isFalse();
		}
	}

	@Test
	void aFigureOfEachIsGivenPerEachOrAsARate() {
		assertThat(FigureOfEach.givenIn("Kommunerna kan delta med upp till tre personer per kommun.")).isTrue();
		assertThat(FigureOfEach.givenIn("5 miljoner kronor årligen")).isTrue();
		assertThat(FigureOfEach.givenIn("Avgiften är 40 kr/år.")).isTrue();
		assertThat(FigureOfEach.givenIn("Ungdomscoachen kontaktades av 50 personer.")).isFalse();
	}

}
