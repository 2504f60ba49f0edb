package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionsAskedTest {

	@Test
	void aSiblingOfTheSectionAskedIsElsewhere() {
		SectionsAsked asked = SectionsAsked.of("vilka verksamheter ingår på nivå 3?");

		assertThat(asked.elsewhere("Nivå 2. Special-BVC")).isTrue();
		assertThat(asked.elsewhere("Nivå 3. Barnhälsoteam")).isFalse();
		// A section of another kind, or none named so, is not a sibling.
		assertThat(asked.elsewhere("Princip 1. Åtgärder riktade direkt mot de centrala livsområdena")).isFalse();
		assertThat(asked.elsewhere("Föräldrastöd i förskolan")).isFalse();
	}

	@Test
	void everySectionTheQuestionNamesIsAsked() {
		SectionsAsked asked = SectionsAsked.of("vad skiljer nivå 2 och 3");

		assertThat(asked.elsewhere("Nivå 3. Barnhälsoteam")).isFalse();
		assertThat(asked.elsewhere("Nivå 2. Special-BVC")).isFalse();
		assertThat(asked.elsewhere("Nivå 1. Familjecentralen")).isTrue();
	}

	@Test
	void aSectionNamedAsThePlaceOfAnotherAsksAboutItsSiblings() {
		assertThat(SectionsAsked.of("vad händer efter steg 2?").elsewhere("Steg 3")).isFalse();
		assertThat(SectionsAsked.of("vad skiljer åtgärderna i steg 2?").elsewhere("Steg 3")).isTrue();
	}

}
