package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsAskedTest {

	@Test
	void aWordAskedToBeSpelledOutIsAskedInAnyCase() {
		assertThat(AbbreviationsAsked.spelledOut("vad står fas för")).containsExactly("fas");
		assertThat(AbbreviationsAsked.spelledOut("RSS står för vad?")).containsExactly("rss");
		assertThat(AbbreviationsAsked.spelledOut("vad betyder hlv")).containsExactly("hlv");
		assertThat(AbbreviationsAsked.spelledOut("what does ANDT stand for in the notes")).containsExactly("andt");
		assertThat(AbbreviationsAsked.spelledOut("what does bvc mean")).containsExactly("bvc");
	}

	@Test
	void whatAnAbbreviationInCapitalsIsAsksItSpelledOut() {
		assertThat(AbbreviationsAsked.spelledOut("vad är FAS")).containsExactly("fas");
		assertThat(AbbreviationsAsked.spelledOut("vad är fas")).isEmpty();
	}

	@Test
	void capitalsInAQuestionOnSomethingElseAreAskedAboutButNotToBeSpelledOut() {
		assertThat(AbbreviationsAsked.in("hur jobbar SKL med social hållbarhet")).containsExactly("skl");
		assertThat(AbbreviationsAsked.spelledOut("hur jobbar SKL med social hållbarhet")).isEmpty();
	}

	@Test
	void aQuestionInCapitalsThroughoutSaysNothingByThem() {
		assertThat(AbbreviationsAsked.in("VAD GÖR SKL FÖR SOCIAL HÅLLBARHET")).isEmpty();
	}

}
