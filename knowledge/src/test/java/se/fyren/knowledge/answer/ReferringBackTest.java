package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A sentence that points back to the one before is read with it; one that opens anew is
 * not.
 */
class ReferringBackTest {

	@Test
	void aPronounAndItsVerbReferBack() {
		for (String sentence : List.of("Den innebär att lagstiftningens krav ställs mot tillgången på resurser.",
				"De var ofta av strukturell karaktär.", "Dessa kan finnas inom flera förvaltningar.",
				"Det gäller särskilt barn i utsatta områden.", "Den bygger på tillit och dialog.",
				"De består av tre delar.", "It means that every sector takes part.", "These consist of three parts.")) {
			assertThat(ReferringBack.opens(sentence)).as(sentence).isTrue();
		}
	}

	@Test
	void aReasonGivenForTheSentenceBeforeRefersBack() {
		for (String sentence : List.of("Detta för att fördela ansvar och underlätta implementeringen.",
				"Det är för att alla ska vara med.", "Syftet är att slippa rundgång hos flera myndigheter.",
				"Syftet med detta var att samla kunskap.", "Anledningen är att resurserna är små.",
				"Detta var för att alla skulle delta.", "Annars riskerar arbetet att stanna av.",
				"Risken är annars att vi belastas av administrativa bördor.",
				"Annars hinner vi inte med kärnuppdraget.", "This is because the funds were small.",
				"The aim is to reach everyone.")) {
			assertThat(ReferringBack.givesReason(sentence)).as(sentence).isTrue();
		}
	}

	@Test
	void aPurposeThatNamesWhoseItIsOpensASentenceOfItsOwn() {
		for (String sentence : List.of("Syftet med Samlingen är att minska skillnader i hälsa.",
				"Anledningen till projektet var en förstudie.", "Risken för ohälsa är större.",
				"Detta första steg pågår under två år.", "The aim of the course is to build skills.",
				"Målet är uppnått.", "Syftet var oklart.", "Poängen är enkel.", "The point is moot.",
				"Annars var mötet lugnt.", "Annars, se bilaga 3.", "Det beror på vem man frågar.")) {
			assertThat(ReferringBack.givesReason(sentence)).as(sentence).isFalse();
		}
	}

	@Test
	void aDeterminerOrAnEmptyItOpensASentenceOfItsOwn() {
		for (String sentence : List.of("Den nya lagen trädde i kraft 2018.", "De flesta kommuner deltog.",
				"Det är viktigt att alla deltar.", "Det gäller att hitta rätt.", "Denna rapport beskriver arbetet.",
				"Dengue är ingen fråga här.", "It is important to take part.")) {
			assertThat(ReferringBack.opens(sentence)).as(sentence).isFalse();
		}
	}

	@Test
	void aConclusionReasonsFromTheSentenceBefore() {
		for (String sentence : List.of("Därför läggs tyngdpunkten i slutrapporten på styrning och uppföljning.",
				"Att övergå till begreppet kan därför vara ett steg mot ett stärkt barnperspektiv.",
				"Det blir därmed självklart att eftersträva hög samverkanskompetens.",
				"Resurserna räcker således inte till alla.", "Therefore the plan was changed.",
				"This is why the municipalities met.")) {
			assertThat(ReferringBack.concludes(sentence)).as(sentence).isTrue();
		}
	}

	@Test
	void aSentenceThatGivesItsOwnReasonOrQuotesATitleConcludesNothing() {
		for (String sentence : List.of("Klubben samverkar därför att den vill nå fler barn.",
				"Samlingen valde två rekommendationer.", "Det finns flera skäl till detta.",
				"Den thusiska dialekten är ingen fråga här.",
				"Barnen lever i fattigdom och därmed har de hög risk för ohälsa.",
				"Eftersom resurserna är små, därför prioriteras de yngsta.",
				"Gruppen läste rapporten ”Därför mår unga sämre” inför mötet.", "Thus far no report has been made.")) {
			assertThat(ReferringBack.concludes(sentence)).as(sentence).isFalse();
		}
	}

}
