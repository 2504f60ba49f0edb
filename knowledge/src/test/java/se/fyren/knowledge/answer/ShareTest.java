package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A share asked for is answered by a share; a share mentioned asks for nothing. */
class ShareTest {

	@Test
	void aShareIsAskedByAskingForItNotByMentioningIt() {
		for (String question : List.of("hur stor andel av barnen är fattiga?", "vilken andel blev behöriga?",
				"hur många procent minskade vab-dagarna?", "what share of kids grow up poor?",
				"what percent of children are poor?", "andel unga som röker i orsa",
				"share of kids in poverty, dalarna", "hej, andel unga som röker i orsa?")) {
			assertThat(Share.asked(question)).as(question).isTrue();
		}
		for (String question : List.of("varför är andelen äldre ett problem i dalarna?",
				"vilka län har en stor andel äldre?", "why is the share of older people a problem?",
				"andelen äldre ökar, vad gör kommunerna?")) {
			assertThat(Share.asked(question)).as(question).isFalse();
		}
	}

	@Test
	void aCountAskedInPercentAsksForAShare() {
		for (String question : List.of(
				"hur många i helsingborg har lämnat in en egen handlingsplan efter förankringsprocessen, procent",
				"hur många unga röker i orsa i procent?", "how many kids are poor in percent")) {
			assertThat(Share.asked(question)).as(question).isTrue();
		}
		// "procent" named inside the question asks for nothing.
		assertThat(Share.asked("varför ökade procenten unga som röker")).isFalse();
	}

	@Test
	void aShareIsGivenAsAPercentageAFractionOrAPartOfAWhole() {
		for (String text : List.of("minskat med 9 %", "5 procentenheter", "hälften av eleverna", "var tredje elev",
				"sju av tio unga", "nine in ten", "3 out of 4", "two thirds", "en fjärdedel av hushållen",
				"most of the children")) {
			assertThat(Share.givenIn(text)).as(text).isTrue();
		}
		for (String text : List.of("det kom cirka 100 personer", "the most important factor", "var annan vecka",
				"se sida 3 av 10", "under halva projekttiden")) {
			assertThat(Share.givenIn(text)).as(text).isFalse();
		}
	}

}
