package se.fyren.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {

	@Test
	void capitalsAmidOrdinaryWordsAreAbbreviations() {
		assertThat(Abbreviations.in("Länsstyrelsens Förebyggande arbete i samverkan (FAS för social hållbarhet), "
				+ "den regionala stödstrukturen (RSS) samt BVC."))
			.containsExactly("fas", "rss", "bvc");
	}

	@Test
	void aHeadingInCapitalsAbbreviatesNothing() {
		assertThat(Abbreviations.in("SAMLINGENS FÖRSTA FAS\n\nUnder hösten …")).isEmpty();
		assertThat(Abbreviations.in("5 SAMARBETE OCH PARTNERSKAP")).isEmpty();
	}

	@Test
	void aCapitalisedWordOrMixedCaseIsNoAbbreviation() {
		assertThat(Abbreviations.in("Enligt SoL ska Region Dalarna och Falun")).isEmpty();
	}

	@Test
	void oneCapitalOrMoreThanEightLettersIsNoAbbreviation() {
		assertThat(Abbreviations.in("Bilaga A och ett ORDIGTLÅNGT ord")).isEmpty();
	}

}
