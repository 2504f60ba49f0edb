package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsAskedTest {

	@Test
	void aWordAskedToBeSpelledOutIsAskedInAnyCase() {
		assertThat(AbbreviationsAsked.of("vad står fas för").spelledOut()).containsExactly("fas");
		assertThat(AbbreviationsAsked.of("RSS står för vad?").spelledOut()).containsExactly("rss");
		assertThat(AbbreviationsAsked.of("vad betyder hlv").spelledOut()).containsExactly("hlv");
		assertThat(AbbreviationsAsked.of("what does ANDT stand for in the notes").spelledOut()).containsExactly("andt");
		assertThat(AbbreviationsAsked.of("what does bvc mean").spelledOut()).containsExactly("bvc");
	}

	@Test
	void aPronounWhereAnAbbreviationWouldStandIsNoneAsked() {
		assertThat(AbbreviationsAsked.of("vad står det för").spelledOut()).isEmpty();
		assertThat(AbbreviationsAsked.of("vad betyder det för barnen").spelledOut()).isEmpty();
		assertThat(AbbreviationsAsked.of("what does it mean to be a family centre").spelledOut()).isEmpty();
		// Who pays, not what "vem" stands for; the word first is asked only in capitals.
		assertThat(AbbreviationsAsked.of("vem står för kostnaden").spelledOut()).isEmpty();
		assertThat(AbbreviationsAsked.of("kommunen står för vad").spelledOut()).isEmpty();
	}

	@Test
	void whatAnAbbreviationInCapitalsIsAsksItSpelledOut() {
		assertThat(AbbreviationsAsked.of("vad är FAS").spelledOut()).containsExactly("fas");
		assertThat(AbbreviationsAsked.of("Vad Är FAS").spelledOut()).containsExactly("fas");
		assertThat(AbbreviationsAsked.of("what’s RSS").spelledOut()).containsExactly("rss");
		assertThat(AbbreviationsAsked.of("vad är fas").spelledOut()).isEmpty();
		// A name that runs on is no abbreviation asked to be spelled out.
		assertThat(AbbreviationsAsked.of("vad är IF Elfsborg").spelledOut()).isEmpty();
		assertThat(AbbreviationsAsked.of("vad är SKL:s roll").spelledOut()).isEmpty();
	}

	@Test
	void capitalsInAQuestionOnSomethingElseAreAskedAboutButNotToBeSpelledOut() {
		AbbreviationsAsked asked = AbbreviationsAsked.of("hur jobbar SKL med social hållbarhet");

		assertThat(asked.all()).containsExactly("skl");
		assertThat(asked.spelledOut()).isEmpty();
	}

	@Test
	void aQuestionInCapitalsThroughoutSaysNothingByThemButAShortOneMayBeAllAbbreviation() {
		assertThat(AbbreviationsAsked.of("VAD GÖR SKL FÖR SOCIAL HÅLLBARHET").all()).isEmpty();
		assertThat(AbbreviationsAsked.of("WHAT IS SOCIAL SUSTAINABILITY").all()).isEmpty();
		assertThat(AbbreviationsAsked.of("FAS?").all()).containsExactly("fas");
		assertThat(AbbreviationsAsked.of("RSS och FAS").all()).containsExactlyInAnyOrder("rss", "fas");
	}

}
