package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.WordClasses;
import se.fyren.knowledge.chunk.AnalysedSentences;
import se.fyren.knowledge.chunk.Sentences;
import se.fyren.knowledge.search.AnalyzedQuestion;

class ListAskedTest {

	// Words as written, so that the thing found is seen as typed.
	private final Analyzer analyzer = new WhitespaceAnalyzer();

	// A report's words in lower case, without the commas and full stops beside them
	// (no stemming, so that the naming word is seen as written).
	private final Analyzer reportWords = new StandardAnalyzer(CharArraySet.EMPTY_SET);

	private final WordClasses words = NounLemmas.swedish().wordClasses();

	private ListAsked of(String question) {
		return ListAsked.of(new AnalyzedQuestion(question, List.of(), false), analyzer, words);
	}

	@Test
	void theThingIsReadPastAVerbAndTheWordsThatDescribeIt() {
		assertThat(of("vilka är dialogfrågorna i dialogkedjan").terms()).containsExactly("dialogfrågorna");
		assertThat(of("vilka var dom mest angelägna direkta åtgärderna").terms()).containsExactly("åtgärderna");
		assertThat(of("which are the aims").terms()).containsExactly("aims");
	}

	@Test
	void theItemsAreCountedWhereTheQuestionCountsThem() {
		assertThat(ListAsked.itemsCounted("vilka e dom fem stegen i motivationslyftet")).isEqualTo(5);
		assertThat(ListAsked.itemsCounted("what are the three main categories of social innovation?")).isEqualTo(3);
		assertThat(ListAsked.itemsCounted("vilka indikatorer ingår, alla tio")).isEqualTo(10);
		// A count of something else the question names.
		assertThat(ListAsked.itemsCounted("vilka kurser hålls tre eftermiddagar per vecka?")).isZero();
		assertThat(ListAsked.itemsCounted("vilka aktiviteter ordnas under tio tillfällen?")).isZero();
		assertThat(ListAsked.itemsCounted("what else should it do besides all eight target areas? list them")).isZero();
	}

	@Test
	void aListWordAmongTheWordsLookedAtIsFoundInTurn() {
		assertThat(of("vilka är alla åtgärderna?").terms()).containsExactly("åtgärderna");
		assertThat(of("vilka mål och vilka insatser finns").terms()).containsExactlyInAnyOrder("mål", "insatser");
	}

	@Test
	void pastAWordThatNamesPeopleTheVerbIsNoThing() {
		assertThat(of("vilka äldre får hemtjänst").terms()).containsExactly("äldre");
	}

	@Test
	void aWordForTheListItselfOrACountNamesNoThing() {
		assertThat(of("vilka är grejerna, hela listan").terms()).isEmpty();
		assertThat(of("räkna upp alla fem").terms()).isEmpty();
	}

	@Test
	void aRunOfCommasNamesWhatItListsRightBeforeItsItemsOrByItsLastItem() {
		assertThat(of("vilka chefer sitter i styrgruppen")
			.namedBy(commas("I styrgruppen sitter chefer som skolchef, socialchef, chef för ungdomsverksamheten samt "
					+ "vårdcentralchef."), reportWords))
			.isTrue();
		assertThat(of("vilka kommun är med").namedBy(commas("Projektet drivs i Leksands, Rättviks och Gagnefs kommun."),
				reportWords))
			.isTrue();
		// "fråga" stands in the sentence, far from what it lists: no questions are
		// listed.
		assertThat(of("vilka fråga ställer man i dialogkedjan").namedBy(
				commas("Risken finns att intresset svalnar om strategerna direkt ställer fråga om vad som görs för att "
						+ "specifikt stärka folkhälsa, jämlik hälsa eller jämställdhet."),
				reportWords))
			.isFalse();
	}

	@Test
	void aRunOfCommasNamesWhatItListsOnlyNearItsItems() {
		// Five words back from the first item's end: named. Six: another part of the
		// sentence.
		assertThat(of("vilka enheter")
			.namedBy(commas("I arbetet deltar enheter ofta tillsammans med skolan, vården och polisen."), reportWords))
			.isTrue();
		assertThat(of("vilka enheter").namedBy(
				commas("I arbetet deltar enheter ofta gärna tillsammans med skolan, vården och polisen."), reportWords))
			.isFalse();
		// A last item of four words runs on past the list.
		assertThat(of("vilka enheter").namedBy(commas("I arbetet deltar skolan, vården och polisen i båda enheter."),
				reportWords))
			.isFalse();
	}

	@Test
	void aRunOfCommasThatPointsBackIsNamedByTheSentenceItPointsTo() {
		List<AnswerUnit> units = unitsOf("Samarbete kan ske med aktörer inom flera olika sektorer. Dessa kan finnas "
				+ "inom hälsa, det sociala området, utbildning, bostäder och arbetsmarknad.");

		assertThat(units).filteredOn(AnswerUnit::prose)
			.singleElement()
			.satisfies(list -> assertThat(of("vilka sektorer").namedBy(list, reportWords)).isTrue());
	}

	@Test
	void aCompoundNamesTheThingByItsLastPart() {
		AnswerUnit criteria = unitsOf(
				"Överlevnadskriterier inkluderar:\n\n› Teknisk genomförbarhet\n\n" + "› Acceptans av värde")
			.stream()
			.filter(AnswerUnit::list)
			.findFirst()
			.orElseThrow();

		assertThat(of("vilka kriterier avgör om en idé överlever").namedBy(criteria, reportWords)).isTrue();
		// A word that only holds the thing's letters as its own syllables names nothing.
		AnswerUnit checks = unitsOf("Kontroller:\n\n› Brandlarm\n\n› Nödutgångar").stream()
			.filter(AnswerUnit::list)
			.findFirst()
			.orElseThrow();
		assertThat(of("vilka roller finns").namedBy(checks, reportWords)).isFalse();
		assertThat(of("vilka krav ställs").namedBy(criteria, reportWords)).isFalse();
	}

	private static AnswerUnit commas(String sentence) {
		return unitsOf(sentence).stream().filter(AnswerUnit::prose).findFirst().orElseThrow();
	}

	private static List<AnswerUnit> unitsOf(String text) {
		List<Sentences.Span> spans = Sentences.split(text);
		return AnswerUnit.of(new Passage("rapport#1", "rapport", "Rapport", "", null, 0, text.length(), text),
				new AnalysedSentences(spans, Collections.nCopies(spans.size(), Set.of())), true);
	}

}
