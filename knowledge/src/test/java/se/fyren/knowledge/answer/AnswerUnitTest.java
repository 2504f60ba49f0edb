package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.fyren.knowledge.Passage;

/**
 * A lead-in counts the plain paragraphs of a list by a number word or a figure before
 * what it counts; a figure that numbers, cites or dates something counts nothing. A
 * lead-in that counts nothing is still quoted with the paragraph its colon leads to.
 */
class AnswerUnitTest {

	private static final String ITEMS = "\n\nSamverkan – parterna möts varje månad.\n\n"
			+ "Uppföljning – resultaten följs upp varje år.\n\nDärefter beslutar nämnden om fortsättningen.";

	private static List<AnswerUnit> units(String leadIn) {
		String text = leadIn + ITEMS;
		return AnswerUnit.of(new Passage("rapport#1", "rapport", "Rapport", "", null, 0, text.length(), text));
	}

	@Test
	void aFigureBeforeWhatItCountsLeadsInAList() {
		assertThat(units("Arbetet vilar på 2 principer:")).filteredOn(AnswerUnit::list)
			.singleElement()
			.satisfies(list -> assertThat(list.items()).hasSize(2));
	}

	@Test
	void aChapterNumberCountsNothing() {
		assertThat(units("Arbetet beskrivs närmare i kapitel 2:")).allMatch(AnswerUnit::countsNothing);
	}

	@Test
	void aNumberedAppendixOrStepCountsNothing() {
		assertThat(units("Frågorna finns i Bilaga 3 Enkät:")).allMatch(AnswerUnit::countsNothing);
		assertThat(units("Så här går det till i steg 3 av processen:")).allMatch(AnswerUnit::countsNothing);
	}

	@Test
	void aLengthOfTimeCountsNothing() {
		assertThat(units("Utbildningen pågår under 2 dagar:")).allMatch(AnswerUnit::countsNothing);
		assertThat(units("Arbetet pågår i tre veckor:")).allMatch(AnswerUnit::countsNothing);
	}

	@Test
	void aCitationCountsNothing() {
		assertThat(units("Faktorer som påverkar arbetet är (2):")).allMatch(AnswerUnit::countsNothing);
	}

	@Test
	void aColonLeadsToTheParagraphAfterItWhoseListMarksWereLost() {
		String text = "Länsstyrelsen stödjer kommunerna. Uppdraget innebär:\n\natt ge råd och stöd till kommunerna"
				+ " att arrangera utbildningar i länet\n\nArbetet har kommit olika långt.";
		List<AnswerUnit> units = AnswerUnit
			.of(new Passage("rapport#1", "rapport", "Rapport", "Uppdraget", null, 0, text.length(), text));
		assertThat(units).filteredOn(AnswerUnit::list)
			.singleElement()
			.satisfies(list -> assertThat(list.text()).isEqualTo(
					"Uppdraget innebär: att ge råd och stöd till kommunerna att arrangera utbildningar i länet"));
		assertThat(units).extracting(AnswerUnit::text)
			.contains("att ge råd och stöd till kommunerna att arrangera utbildningar i länet",
					"Arbetet har kommit olika långt.");
	}

	@Test
	void aDashWithAFigureOnOneSideOnlySeparatesAnItemsNameFromWhatItIs() {
		assertThat(AnswerUnit.compact("Arbetet utgår från:",
				List.of("Agenda 2030 – de globala målen för hållbar utveckling till år 2030",
						"Folkhälsopolitiken – det övergripande målet och de åtta målområdena")))
			.isEqualTo("Arbetet utgår från: Agenda 2030 och Folkhälsopolitiken.");
	}

	@Test
	void aDashBetweenFiguresSpansThemAndSeparatesNothing() {
		assertThat(AnswerUnit.compact("Datum för arbetsträffar:",
				List.of("9 maj kl. 9.00 - 15.00, Falun.", "5 september kl. 9.00 - 15.00")))
			.isEqualTo("Datum för arbetsträffar: 9 maj kl. 9.00 - 15.00, Falun. 5 september kl. 9.00 - 15.00");
	}

}
