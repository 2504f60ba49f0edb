package se.fyren.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.fyren.knowledge.Passage;

/** A report's passages in order, each told the numbered part it lies in. */
class NumberedPartsTest {

	private final NumberedParts parts = new NumberedParts();

	@Test
	void aNumberedHeadingOpensAPartAndTheSectionsAfterItLieInIt() {
		assertThat(parts.of(passage("Förord", "Text före första kapitlet."))).isEmpty();
		assertThat(parts.of(passage("3 Resultat › 3.1 Inspel", "Text."))).containsExactly("3");
		assertThat(parts.of(passage("Kommunanalysgrupp", "Text under en rubrik utan nummer."))).containsExactly("3");
		assertThat(parts.of(passage("Kapitel 4", "Text."))).containsExactly("4");
	}

	@Test
	void aListsItemSetAsAHeadingOpensNoPart() {
		parts.of(passage("2 SÄTTA FRÅGAN PÅ DAGORDNINGEN", "Text."));

		assertThat(parts.of(passage("1. En regional samverkansstruktur", "Text."))).containsExactly("2");
	}

	@Test
	void aChaptersTitleLineInTheTextOpensItWhereItStands() {
		parts.of(passage("Kapitel 4", "Text."));

		assertThat(parts
			.of(passage("Kommunsida – Borlänge", "hanna@borlange.se, 0243- 748 69.\n\nKapitel 5\n\nVikten av …")))
			.containsExactly("4", "5");
		assertThat(parts.of(passage("Kommunsida – Borlänge", "Nästa stycke."))).containsExactly("5");
	}

	@Test
	void aPassageRunningIntoTheNextPartLiesInBoth() {
		parts.of(passage("1 VAD ÄR JÄMLIK HÄLSA", "Text."));
		Passage across = new Passage("p", "manual", "Kursmanual", "1 VAD ÄR JÄMLIK HÄLSA", null, 0, 40,
				"Slutet av modul 1. Början av modul 2.", "reports",
				List.of(new Passage.SectionStart(0, "1 VAD ÄR JÄMLIK HÄLSA", null),
						new Passage.SectionStart(19, "2 SÄTTA FRÅGAN PÅ DAGORDNINGEN", null),
						new Passage.SectionStart(19, "MÅL FÖR MODULEN", null)));

		assertThat(parts.of(across)).containsExactly("1", "2");
	}

	private static Passage passage(String section, String text) {
		return new Passage("p", "report", "Rapport", section, null, 0, text.length(), text, "reports");
	}

}
