package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What {@link AnswerText} keeps out of an answer, each pattern on a unit it matches and
 * on one it only nearly does (the patterns are tried only where a cheap look says they
 * may match).
 */
class AnswerTextTest {

	@Test
	void aCaptionOrASourceIsNoAnswerUnlessAFigureIsAsked() {
		assertThat(AnswerText.clean("Figur 3. Andel barn i familjer med låg inkomst", false)).isNull();
		assertThat(AnswerText.clean("Källa: SCB, befolkningsstatistik", false)).isNull();
		assertThat(AnswerText.clean("Figur 3. Andel barn i familjer med låg inkomst", false, true, false, false))
			.isEqualTo("Figur 3. Andel barn i familjer med låg inkomst");
		assertThat(AnswerText.clean("Figuren visar att andelen har ökat sedan 2015.", false))
			.isEqualTo("Figuren visar att andelen har ökat sedan 2015.");
	}

	@Test
	void aFootnoteIsNoAnswer() {
		assertThat(AnswerText.clean("4 Palmberg Broryd (2021), Styrning för jämlikhet", false)).isNull();
		assertThat(AnswerText.clean("4 kommuner deltog i lärprojektet under hösten.", false))
			.isEqualTo("4 kommuner deltog i lärprojektet under hösten.");
	}

	@Test
	void aHeadingInCapitalsIsNoAnswerAndIsTakenOffTheSentenceItRunsInto() {
		assertThat(AnswerText.clean("SAMVERKAN MED POLISEN", false)).isNull();
		assertThat(AnswerText.clean("SAMVERKAN MED POLISEN I samband med olyckor kallas polisen in.", false))
			.isEqualTo("I samband med olyckor kallas polisen in.");
		assertThat(AnswerText.clean("SCB och kommunen samverkar kring statistiken.", false))
			.isEqualTo("SCB och kommunen samverkar kring statistiken.");
	}

	@Test
	void aLineInCapitalsThatTellsAMeetingsDayIsANoticeNotAHeading() {
		assertThat(AnswerText.clean("NÄSTA MÖTE DEN 24 NOVEMBER VÅRDCENTRALEN", false))
			.isEqualTo("NÄSTA MÖTE DEN 24 NOVEMBER VÅRDCENTRALEN");
		assertThat(AnswerText.clean("KONFERENS 12 MARS", false)).isNull();
	}

	@Test
	void aHeadingInCapitalsWithAnAbbreviationInBracketsIsNoAnswer() {
		assertThat(AnswerText.clean("AVTAL ENLIGT IDÉBURET OFFENTLIGT PARTNERSKAP (IOP) HITTA UT", false)).isNull();
	}

	@Test
	void spacesAreCollapsedAndASentencesItemMarkDropped() {
		assertThat(AnswerText.clean("Kommunen har  arbetat\n\nmed frågan länge.", false))
			.isEqualTo("Kommunen har arbetat med frågan länge.");
		assertThat(AnswerText.clean("› Ökad kunskap om skillnader i livsvillkor", false))
			.isEqualTo("Ökad kunskap om skillnader i livsvillkor");
		assertThat(AnswerText.clean("› Ökad kunskap om skillnader i livsvillkor", true))
			.isEqualTo("› Ökad kunskap om skillnader i livsvillkor");
	}

	@Test
	void aLinkIsLeftOutUnlessALinkIsAskedAndAnAddressUnlessAContactIs() {
		String unit = "Kontaktperson: Ingela Hagström ingela.hagstrom@uppsala.se https://www.uppsala.se/bilaga-7.pdf";
		assertThat(AnswerText.clean(unit, false)).isEqualTo("Kontaktperson: Ingela Hagström");
		assertThat(AnswerText.clean(unit, false, false, true, false))
			.isEqualTo("Kontaktperson: Ingela Hagström ingela.hagstrom@uppsala.se");
		assertThat(AnswerText.clean(unit, false, false, false, true))
			.isEqualTo("Kontaktperson: Ingela Hagström https://www.uppsala.se/bilaga-7.pdf");
		assertThat(AnswerText.clean(unit, false, false, true, true)).isEqualTo(unit);
		assertThat(AnswerText.clean("Läs mer på https://www.dalarna.se om projektet i länet.", false))
			.isEqualTo("Läs mer på om projektet i länet.");
	}

	@Test
	void anAddressASentenceSaysToWriteToStaysInIt() {
		assertThat(AnswerText.clean("Anmäl dig via e-post hallbar.utveckling@regiondalarna.se", false))
			.isEqualTo("Anmäl dig via e-post hallbar.utveckling@regiondalarna.se");
		assertThat(
				AnswerText.clean("Kontakt: Ulrika Andersson, Länsstyrelsen ulrika.andersson@lansstyrelsen.se", false))
			.isEqualTo("Kontakt: Ulrika Andersson, Länsstyrelsen");
		assertThat(AnswerText.clean("Enkäten skickades som e-postenkät, frågor till anna.berg@borlange.se", false))
			.isEqualTo("Enkäten skickades som e-postenkät, frågor till");
	}

	@Test
	void aLinkIsAskedForByItsNameOrByWhereToDownload() {
		assertThat(AnswerText.linksAsked("finns det en webbsida om samlingen? länk pls")).isTrue();
		assertThat(AnswerText.linksAsked("Where can I download the course manual?")).isTrue();
		assertThat(AnswerText.linksAsked("var kan man ladda ner kursmanualen")).isTrue();
		assertThat(AnswerText.linksAsked("Hur laddar jag ned rapporten?")).isTrue();
		assertThat(AnswerText.linksAsked("vilka webbplatser nämns i inbjudan")).isTrue();
		assertThat(AnswerText.linksAsked("vem kan man mejla om uppsala-exemplet? behöver en adress")).isFalse();
		assertThat(AnswerText.linksAsked("hur länkas insatserna ihop i kommunen")).isFalse();
	}

	@Test
	void aUnitMostlyOfFiguresIsNoSentenceCountingSwedishLettersAsLetters() {
		assertThat(AnswerText.clean("2012 97 25 2013 556 14 antal", false)).isNull();
		assertThat(AnswerText.clean("ÅÄÖåäöÅÄÖ 1234", false)).isNull();
		assertThat(AnswerText.clean("ÅÄÖåäöÅÄÖåäö 1234", false)).isEqualTo("ÅÄÖåäöÅÄÖåäö 1234");
		assertThat(AnswerText.clean("2012 97 25 2013 556 14 antal", true)).isEqualTo("2012 97 25 2013 556 14 antal");
	}

	@Test
	void aLabelWhoseAddressesAreLeftOutIsNoAnswer() {
		assertThat(AnswerText.clean("KONTAKTPERSONER: Hanna.lind@skl.se", false)).isNull();
		assertThat(AnswerText.clean("Mer om projektets arbete: https://www.regiondalarna.se/samlingen", false))
			.isNull();
		assertThat(AnswerText.clean("KONTAKTPERSONER: Hanna.lind@skl.se", false, false, true, false))
			.isEqualTo("KONTAKTPERSONER: Hanna.lind@skl.se");
	}

}
