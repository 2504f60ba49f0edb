package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;

import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.WordClasses;
import se.fyren.knowledge.search.AnalyzedQuestion;

class ListAskedTest {

	// Words as written, so that the thing found is seen as typed.
	private final Analyzer analyzer = new WhitespaceAnalyzer();

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

}
