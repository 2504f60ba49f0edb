package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.chunk.AnalysedSentences;
import se.fyren.knowledge.chunk.Sentences;

/**
 * A lead-in counts the plain paragraphs of a list by a number word or a figure before
 * what it counts; a figure that numbers, cites or dates something counts nothing. A
 * lead-in that counts nothing is still quoted with the paragraph its colon leads to.
 */
class AnswerUnitTest {

	private static final String ITEMS = "\n\nSamverkan – parterna möts varje månad.\n\n"
			+ "Uppföljning – resultaten följs upp varje år.\n\nDärefter beslutar nämnden om fortsättningen.";

	private static List<AnswerUnit> units(String leadIn) {
		return unitsOf(leadIn + ITEMS, "");
	}

	private static List<AnswerUnit> unitsOf(String text, String section) {
		List<Sentences.Span> spans = Sentences.split(text);
		return AnswerUnit.of(new Passage("rapport#1", "rapport", "Rapport", section, null, 0, text.length(), text),
				new AnalysedSentences(spans, Collections.nCopies(spans.size(), Set.of())), true);
	}

	@Test
	void aFigureBeforeWhatItCountsLeadsInAList() {
		assertThat(units("Arbetet vilar på 2 principer:")).filteredOn(AnswerUnit::list)
			.singleElement()
			.satisfies(list -> assertThat(list.items()).hasSize(2));
	}

	@Test
	void aChapterNumberCountsNothing() {
		assertThat(units("Arbetet beskrivs närmare i kapitel 2:")).allMatch(unit -> unit.paragraphs() == 0);
	}

	@Test
	void aNumberedAppendixOrStepCountsNothing() {
		assertThat(units("Frågorna finns i Bilaga 3 Enkät:")).allMatch(unit -> unit.paragraphs() == 0);
		assertThat(units("Så här går det till i steg 3 av processen:")).allMatch(unit -> unit.paragraphs() == 0);
	}

	@Test
	void aNumberedModuleLevelOrAreaCountsNothing() {
		assertThat(units("Så här arbetar man i modul 2 med frågorna:")).allMatch(unit -> unit.paragraphs() == 0);
		assertThat(units("Insatserna på nivå 3 i utredningen är:")).allMatch(unit -> unit.paragraphs() == 0);
		assertThat(units("Det här ingår i åtgärdsområde 9 enligt rapporten:")).allMatch(unit -> unit.paragraphs() == 0);
	}

	@Test
	void aLengthOfTimeCountsNothing() {
		assertThat(units("Utbildningen pågår under 2 dagar:")).allMatch(unit -> unit.paragraphs() == 0);
		assertThat(units("Arbetet pågår i tre veckor:")).allMatch(unit -> unit.paragraphs() == 0);
	}

	@Test
	void aCitationCountsNothing() {
		assertThat(units("Faktorer som påverkar arbetet är (2):")).allMatch(unit -> unit.paragraphs() == 0);
	}

	@Test
	void aColonLeadsToTheParagraphAfterItWhoseListMarksWereLost() {
		String text = "Länsstyrelsen stödjer kommunerna. Uppdraget innebär:\n\natt ge råd och stöd till kommunerna"
				+ " att arrangera utbildningar i länet\n\nArbetet har kommit olika långt.";
		List<AnswerUnit> units = unitsOf(text, "Uppdraget");
		assertThat(units).filteredOn(AnswerUnit::list)
			.singleElement()
			.satisfies(list -> assertThat(list.text()).isEqualTo(
					"Uppdraget innebär: att ge råd och stöd till kommunerna att arrangera utbildningar i länet"));
		assertThat(units).extracting(AnswerUnit::text)
			.contains("att ge råd och stöd till kommunerna att arrangera utbildningar i länet",
					"Arbetet har kommit olika långt.");
	}

	@Test
	void aColonsParagraphEndsBeforeANumberedHeadingRunIntoIt() {
		String text = "Centralt för arbetet är att:\n\nuppmärksamma grupper med knappa marginaler. Målområde 5."
				+ " Boende och närmiljö har betydelse för hälsan.";
		assertThat(unitsOf(text, "")).filteredOn(AnswerUnit::list)
			.singleElement()
			.satisfies(list -> assertThat(list.text())
				.isEqualTo("Centralt för arbetet är att: uppmärksamma grupper med knappa marginaler."));
	}

	@Test
	void aDashWithAFigureOnOneSideOnlySeparatesAnItemsNameFromWhatItIs() {
		// So many long items that each would get too little room: each by its name.
		List<String> names = List.of("Agenda 2030", "Arbete", "Boende", "Skola", "Kultur", "Idrott", "Trygghet",
				"Miljö", "Trafik", "Omsorg", "Vård", "Fritid", "Demokrati", "Inflytande", "Försörjning");
		List<String> items = names.stream()
			.map(name -> name + " – det övergripande målet och vad det innebär för arbetet i kommunerna")
			.toList();
		assertThat(AnswerUnit.compact("Arbetet utgår från:", items)).isEqualTo(
				"Arbetet utgår från: " + String.join(", ", names.subList(0, names.size() - 1)) + " och Försörjning.");
	}

	@Test
	void quotesEachItemByItsOpeningWordsWhenTheListIsTooLongToQuoteWhole() {
		// A reader who asked for the whole list sees every item and what it says, all
		// within the room.
		String explained = " och vad det innebär för arbetet i kommunerna och regionen".repeat(4);
		List<String> names = List.of("Agenda 2030", "Folkhälsopolitiken", "Dalastrategin", "Barnkonventionen",
				"Kommunplanen", "Regionplanen");
		List<String> items = names.stream().map(name -> "› " + name + " – det övergripande målet" + explained).toList();
		String compact = AnswerUnit.compact("Arbetet utgår från:", items);

		assertThat(compact).startsWith("Arbetet utgår från: › Agenda 2030 – det övergripande målet och vad")
			.contains(" … › Regionplanen – det övergripande målet")
			.endsWith(" …")
			.hasSizeLessThanOrEqualTo(550);
	}

	@Test
	void aShareUnderFortyCharactersQuotesItemsThatNameNothingByTheirOpeningWords() {
		// Fourteen items get 34 characters each: too little, and these name no thing, so
		// each keeps 90 characters of its opening words.
		String item = "› uppmärksamma grupper med knappa marginaler och deras möjligheter i vardagen och i arbetet";
		String compact = AnswerUnit.compact("Centralt för arbetet är att:", java.util.Collections.nCopies(14, item));

		assertThat(compact)
			.contains(" › uppmärksamma grupper med knappa marginaler och deras möjligheter i vardagen och i …");
	}

	@Test
	void aListWithNoItemsIsItsLeadIn() {
		String leadIn = "Centralt för arbetet är att:" + " uppmärksamma grupper".repeat(30);
		assertThat(AnswerUnit.compact(leadIn, List.of())).isEqualTo(leadIn);
	}

	@Test
	void quotesAListWholeWhenItFits() {
		// What each item is belongs to the answer when there is room for it.
		List<String> items = List.of("› Agenda 2030 – de globala målen för hållbar utveckling till år 2030",
				"› Folkhälsopolitiken – det övergripande målet och de åtta målområdena");
		assertThat(AnswerUnit.compact("Arbetet utgår från:", items))
			.isEqualTo("Arbetet utgår från: " + String.join(" ", items));
	}

	@Test
	void aDashBetweenFiguresSpansThemAndSeparatesNothing() {
		assertThat(AnswerUnit.compact("Datum för arbetsträffar:",
				List.of("9 maj kl. 9.00 - 15.00, Falun.", "5 september kl. 9.00 - 15.00")))
			.isEqualTo("Datum för arbetsträffar: 9 maj kl. 9.00 - 15.00, Falun. 5 september kl. 9.00 - 15.00");
	}

	@Test
	void aNumberedItemWithBulletedPointsIsAListLedInByThatItem() {
		String minutes = "Föredragningslista\n\n7. Frågor: Definition på psykisk ohälsa.\n\n8. Innehåll vid nästa möte.\n\n"
				+ "› Folkhälsoplaneraren\n\n› Trygghetsplatser\n\n› Statistik\n\n9. Ordförande avslutar mötet.";

		assertThat(unitsOf(minutes, "Minnesanteckningar")).filteredOn(AnswerUnit::list).anySatisfy(list -> {
			assertThat(list.leadIn()).isEqualTo("8. Innehåll vid nästa möte.");
			assertThat(list.items()).containsExactly("› Folkhälsoplaneraren", "› Trygghetsplatser", "› Statistik");
		});
	}

	@Test
	void aListIsAboutItsHeadingAndLeadInNotEveryItem() {
		String text = "Framgångsfaktorer för arbetet i barnhälsoteam\n\n› Att det utgår från en familjecentral\n\n"
				+ "› Att vi har chefer på specialistnivå.\n\n› Att man sitter nära varandra.";

		assertThat(unitsOf(text, "Barnhälsoteam i Ludvika")).filteredOn(AnswerUnit::list)
			.singleElement()
			.satisfies(list -> {
				assertThat(list.context()).contains("Barnhälsoteam i Ludvika", "Framgångsfaktorer")
					.doesNotContain("specialistnivå");
				assertThat(list.text()).contains("Att vi har chefer på specialistnivå.");
			});
	}

	@Test
	void shortLinesAfterATitleLineAreAListGuessedFromItsLayout() {
		String text = "Minnesanteckningar 16 september 2014\n\nNärvarande\n\nKenneth Dahlström (C)\n\n"
				+ "Sakarias Winberg (KD)\n\nLena Freijs\n\nMötet öppnades av ordföranden som hälsade alla välkomna "
				+ "och gick igenom dagordningen punkt för punkt innan diskussionen om budgeten för nästa år tog vid.";

		assertThat(unitsOf(text, "Samverkansberedning")).filteredOn(AnswerUnit::guessed).anySatisfy(list -> {
			assertThat(list.leadIn()).isEqualTo("Närvarande");
			assertThat(list.items()).containsExactly("› Kenneth Dahlström (C)", "› Sakarias Winberg (KD)",
					"› Lena Freijs");
			assertThat(list.context()).contains("Minnesanteckningar 16 september 2014");
		});
	}

	@Test
	void paragraphsOpeningWithOneNameNumberedFromOneAreAListForAListQuestion() {
		String text = "I rutan ses de mål som satts upp i strategin.\n\nMål 1. Unga ska känna att de blir sedda\n\n"
				+ "Mål 2. Unga ska kunna påverka sina liv\n\nMål 3. Unga ska ha goda möjligheter till arbete\n\n"
				+ "Åtgärdsområde 11 handlar om skolan.";

		assertThat(unitsOf(text, "Ungdomsregion")).filteredOn(AnswerUnit::list).singleElement().satisfies(list -> {
			assertThat(list.leadIn()).isEqualTo("I rutan ses de mål som satts upp i strategin.");
			assertThat(list.items()).containsExactly("Mål 1. Unga ska känna att de blir sedda.",
					"Mål 2. Unga ska kunna påverka sina liv.", "Mål 3. Unga ska ha goda möjligheter till arbete.");
			assertThat(list.guessed()).as("offered to a list question only").isTrue();
		});
		// Captions and labels the layout marks as items already are no such list.
		assertThat(unitsOf("Andelen unga som mår bra har ökat.\n\nFigur 1. Andel unga som mår bra\n\n"
				+ "Figur 2. Andel unga som röker\n\nDärefter kom annat.", ""))
			.noneMatch(AnswerUnit::list);
		assertThat(unitsOf("Träffarna hade detta innehåll.\n\nTräff 1: Bakgrund.\n\nTräff 2: Analys.", ""))
			.filteredOn(AnswerUnit::guessed)
			.isEmpty();
		// One numbered name alone is a heading or a name, no list.
		assertThat(unitsOf("Inledning.\n\nMål 1. Unga ska bli sedda\n\nDärefter kom annat.", ""))
			.noneMatch(AnswerUnit::list);
	}

	@Test
	void listsGuessedFromLayoutAreLeftOutWhenNotWantedAndTheOtherUnitsStayAsTheyAre() {
		String text = "I rutan ses de mål som satts upp i strategin.\n\nMål 1. Unga ska känna att de blir sedda\n\n"
				+ "Mål 2. Unga ska kunna påverka sina liv\n\nArbetet har haft tre funktioner. En första funktion har "
				+ "varit att samla. Den andra funktionen har varit att stödja. Den tredje funktionen har varit att "
				+ "förbereda.\n\nProjektet omfattar Leksands, Rättviks och Gagnefs kommuner.";
		List<Sentences.Span> spans = Sentences.split(text);
		Passage passage = new Passage("rapport#1", "rapport", "Rapport", "Mål", null, 0, text.length(), text);
		AnalysedSentences analysed = new AnalysedSentences(spans, Collections.nCopies(spans.size(), Set.of()));

		List<AnswerUnit> all = AnswerUnit.of(passage, analysed, true);
		assertThat(all).filteredOn(AnswerUnit::guessed).hasSizeGreaterThanOrEqualTo(2);
		assertThat(AnswerUnit.of(passage, analysed, false))
			.isEqualTo(all.stream().filter(unit -> !unit.guessed()).toList());
	}

	@Test
	void aHeadingWithALineOrTwoUnderItIsNoGuessedList() {
		String text = "Bakgrund\n\nArbetet började 2016.\n\nDet pågick i tre år.";

		assertThat(unitsOf(text, "")).noneMatch(AnswerUnit::guessed);
	}

	@Test
	void aTablesRowIsASentenceUnderItsHeaderRowWithTheHeadersTerms() {
		String text = "Leksands kommun\n\nMånad\tAntal utskrivningsklara dagar\tAntal debiteringsdagar\n\n"
				+ "Maj\t36\t11\n\nJuni\t85\t0";
		List<Sentences.Span> spans = Sentences.split(text);
		// each sentence's words as its terms: enough to tell whose terms a unit has
		List<Set<String>> terms = spans.stream()
			.map(span -> Set.copyOf(
					List.of(text.substring(span.start(), span.end()).strip().toLowerCase(Locale.ROOT).split("\\s+"))))
			.toList();
		List<AnswerUnit> units = AnswerUnit.of(
				new Passage("rapport#1", "rapport", "Rapport", "", null, 0, text.length(), text),
				new AnalysedSentences(spans, terms), true);

		assertThat(units).filteredOn(AnswerUnit::row)
			.extracting(AnswerUnit::text)
			.containsExactly("Maj: 36 / 11 (Antal utskrivningsklara dagar / Antal debiteringsdagar).",
					"Juni: 85 / 0 (Antal utskrivningsklara dagar / Antal debiteringsdagar).");
		assertThat(units).filteredOn(AnswerUnit::row)
			.last()
			.satisfies(row -> assertThat(row.terms()).contains("juni", "85", "utskrivningsklara", "debiteringsdagar")
				.doesNotContain("maj", "leksands"));
	}

	@Test
	void aRowOfFiguresUnderNoHeaderRowIsNoSentence() {
		assertThat(unitsOf("Statistik\n\n2012\t97\t25\n\n2013\t556\t14", "")).noneMatch(AnswerUnit::row);
	}

	@Test
	void itemsThatNumberThemselvesInWordsAreAListForAListQuestion() {
		List<AnswerUnit> units = unitsOf("Arbetet har haft tre funktioner. En första funktion har varit att samla. "
				+ "Det har varit uppskattat.\n\nDen andra funktionen har varit att stödja.\n\n"
				+ "Den tredje funktionen har varit att förbereda. Därefter kom annat.", "");

		assertThat(units).filteredOn(AnswerUnit::list).singleElement().satisfies(list -> {
			assertThat(list.items()).containsExactly("En första funktion har varit att samla.",
					"Den andra funktionen har varit att stödja.", "Den tredje funktionen har varit att förbereda.");
			assertThat(list.guessed()).as("offered to a list question only").isTrue();
			assertThat(list.open()).isFalse();
		});
	}

	@Test
	void forDetAndraGoesOnInTheSameSentence() {
		List<AnswerUnit> units = unitsOf("Forskarna ser tre aspekter. För det första krävs vilja, för det andra "
				+ "kunskap. För det tredje krävs organisering.", "");

		assertThat(units).filteredOn(AnswerUnit::list)
			.singleElement()
			.satisfies(list -> assertThat(list.items()).hasSize(2));
	}

	@Test
	void anotherWithoutAFirstIsNoItem() {
		// "andra" is as often "other".
		assertThat(unitsOf("Kommunen har tre mål. Andra kommuner har fler. De andra målen är okända.", ""))
			.noneMatch(AnswerUnit::list);
	}

	@Test
	void anOrdinalListCutOffByItsPassageGoesOnInTheNext() {
		List<AnswerUnit> units = unitsOf("Arbetet har haft tre funktioner. En första funktion har varit att samla.",
				"");
		AnswerUnit open = units.stream().filter(AnswerUnit::list).findFirst().orElseThrow();
		assertThat(open.open()).isTrue();
		String rest = "Den andra funktionen har varit att stödja.\n\nDen tredje funktionen har varit att förbereda.";
		Passage at = open.passage();
		Passage next = new Passage("rapport#2", "rapport", "Rapport", "", null, at.end(), at.end() + rest.length(),
				rest);

		AnswerUnit continued = open.continuedBy(at, next);

		assertThat(continued.items()).hasSize(3).last().isEqualTo("Den tredje funktionen har varit att förbereda.");
		assertThat(continued.open()).isFalse();
	}

	@Test
	void aListInASentenceThatPointsBackIsQuotedWithTheSentenceItPointsTo() {
		String text = "Samarbete har lett till samverkan med aktörer inom flera olika sektorer. Dessa kan finnas "
				+ "inom hälsa, det sociala området, utbildning och bostäder. Grunden är partnerskap.";
		assertThat(unitsOf(text, "")).filteredOn(AnswerUnit::prose).singleElement().satisfies(list -> {
			assertThat(list.text()).startsWith("Samarbete har lett till").endsWith("utbildning och bostäder.");
			assertThat(list.leadIn()).as("the sentence before names what is listed").contains("sektorer");
		});
	}

	@Test
	void aListThatPointsBackIsQuotedWithTheSentenceJustBeforeItWhereThatSentenceStandsTwice() {
		String text = "Samverkan. Arbetet har pågått i tre år. Samverkan. Dessa kan finnas inom hälsa, det "
				+ "sociala området, utbildning och bostäder.";
		assertThat(unitsOf(text, "")).filteredOn(AnswerUnit::prose)
			.singleElement()
			.satisfies(list -> assertThat(list.text())
				.isEqualTo("Samverkan. Dessa kan finnas inom hälsa, det sociala området, utbildning och bostäder."));
	}

	@Test
	void aListInASentenceThatNamesItsSubjectIsQuotedAlone() {
		String text = "Projektet startade 2017. Styrgruppen består av skolchef, socialchef, fritidschef och "
				+ "vårdcentralchef.";
		assertThat(unitsOf(text, "")).filteredOn(AnswerUnit::prose)
			.singleElement()
			.satisfies(list -> assertThat(list.text()).startsWith("Styrgruppen"));
	}

	@Test
	void anItemIsQuotedWithItsParagraphButNotWithThePointsUnderIt() {
		String text = "Dialogfrågor\n\n› Har folkhälsoläget betydelse? Tänk på barnens hälsa.\n\n"
				+ "→ Skolan först. Sedan omsorgen.\n\n› Kan vi påverka det? I så fall, hur?";

		assertThat(unitsOf(text, "")).filteredOn(AnswerUnit::list)
			.singleElement()
			.satisfies(list -> assertThat(list.items()).containsExactly(
					"› Har folkhälsoläget betydelse? Tänk på barnens hälsa.", "› Kan vi påverka det? I så fall, hur?"));
	}

}
