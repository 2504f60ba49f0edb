package se.fyren.knowledge.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.fyren.knowledge.Passage;

import static org.assertj.core.api.Assertions.assertThat;

class CaptionsTest {

	@Test
	void findsACaptionOnAnyLineInAnyCase() {
		Captions captions = captionsOf("Inledning.\nFIGUR 4–1: Matris för analys av intressenter.\nMer text.");
		assertThat(captions.referencedBy("rapport", "Figur 4-1 är ett användbart hjälpmedel."))
			.isEqualTo(" Matris för analys av intressenter.");
	}

	@Test
	void findsACaptionOpeningThePassageAfterAnyLineEnd() {
		assertThat(captionsOf("Tabell 2. Andel unga i länet.").referencedBy("rapport", "Se tabell 2."))
			.isEqualTo(" Andel unga i länet.");
		assertThat(captionsOf("Text.\r\ntable 3: Budget per år.").referencedBy("rapport", "Se table 3."))
			.isEqualTo(" Budget per år.");
	}

	@Test
	void takesTheDottedCapitalIAsThePatternDoes() {
		assertThat(captionsOf("Karta.\nFİGUR 3: Länets kommuner.").referencedBy("rapport", "Se figur 3."))
			.isEqualTo(" Länets kommuner.");
	}

	@Test
	void aPassageWithoutCaptionLinesHasNone() {
		assertThat(captionsOf("Som figur 2 visar ökar andelen.\nTabellen nedan.").referencedBy("rapport", "figur 2"))
			.isEmpty();
	}

	private static Captions captionsOf(String text) {
		return new Captions(List.of(new Passage("rapport#0", "rapport", "Rapport", "", null, 0, text.length(), text)));
	}

}
