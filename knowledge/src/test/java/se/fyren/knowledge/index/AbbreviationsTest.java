package se.fyren.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {

	@Test
	void capitalsBesideAWordInLowerCaseAreAbbreviations() {
		assertThat(Abbreviations.in("Länsstyrelsens Förebyggande arbete i samverkan (FAS för social hållbarhet), "
				+ "den regionala stödstrukturen (RSS) samt BVC. Enligt SCB:s databas"))
			.containsExactly("fas", "rss", "bvc", "scb");
	}

	@Test
	void aHeadingOrALabelInCapitalsAbbreviatesNothing() {
		assertThat(Abbreviations.in("SAMLINGENS FÖRSTA FAS\n\nUnder hösten …")).isEmpty();
		assertThat(Abbreviations.in("5 SAMARBETE OCH PARTNERSKAP")).isEmpty();
		assertThat(Abbreviations.in("FÖRORD\nMänniskor lever olika liv")).isEmpty();
		assertThat(Abbreviations.in("text.\nVEM?\nDen som sätter dagordningen")).isEmpty();
		assertThat(Abbreviations.in("FIGUR 2–1: Tre strömmar")).isEmpty();
		assertThat(Abbreviations.in("ARBETE I FAS\nsom följer")).isEmpty();
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
