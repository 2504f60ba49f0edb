package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class NamedPartTest {

	@Test
	void aChapterOrAModuleIsNamedByItsNumber() {
		assertThat(NamedPart.of("kap 9 säger nåt om strategier")).map(NamedPart::number).contains("9");
		assertThat(NamedPart.of("vad står i Kapitel 3?")).map(NamedPart::number).contains("3");
		assertThat(NamedPart.of("modul fem, vad handlar den om")).map(NamedPart::number).contains("5");
		assertThat(NamedPart.of("What does chapter four say about budgets?")).map(NamedPart::number).contains("4");
		assertThat(NamedPart.of("modulen 2 om dagordningen")).map(NamedPart::number).contains("2");
	}

	@Test
	void aLawsChapterAndSectionNameNoPartOfAReport() {
		assertThat(NamedPart.of("gäller 2 kap. 5 § SoL här?")).isEmpty();
		assertThat(NamedPart.of("enligt kap 5 § 2 i lagen")).isEmpty();
		assertThat(NamedPart.of("vad säger KAP. 9 om partnerskap?")).map(NamedPart::number).contains("9");
	}

	@Test
	void aNumberWordNamesAPartOnlyAsAWordOfItsOwn() {
		// "Ett" is mostly the article.
		assertThat(NamedPart.of("finns det i modulen ett exempel på detta?")).isEmpty();
		assertThat(NamedPart.of("modulett 2")).isEmpty();
		assertThat(NamedPart.of("kapitel 3 och 4, vad handlar de om?")).map(NamedPart::number).contains("3");
		assertThat(NamedPart.of("kapitel 3 och 4")).map(NamedPart::words).contains(Set.of("kapitel", "3"));
	}

	@Test
	void otherNumbersNameNoPart() {
		assertThat(NamedPart.of("hur många deltar, en del 5-åringar?")).isEmpty();
		assertThat(NamedPart.of("vad säger åtgärdsområde 17?")).isEmpty();
		assertThat(NamedPart.of("vad står i tabell 2?")).isEmpty();
		assertThat(NamedPart.of("vilka moduler finns i kursen?")).isEmpty();
	}

}
