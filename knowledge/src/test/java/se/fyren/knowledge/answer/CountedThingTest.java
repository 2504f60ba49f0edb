package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

class CountedThingTest {

	// The words as written, in lower case.
	private final Analyzer words = new StandardAnalyzer(CharArraySet.EMPTY_SET);

	@Test
	void aSpanOfTimeInASentenceThatNamesTheThingCountsNoneOfIt() {
		CountedThing seekers = new CountedThing(Set.of("asylsökande"));
		CountedThing variables = new CountedThing(Set.of("variabler"));

		assertThat(seekers.namedWithACountIn(
				"Sverige har under de två senaste åren skapat många mindre boenden för asylsökande.", words))
			.isFalse();
		assertThat(variables.namedWithACountIn(
				"Efter tre år med databasen – med ett stort antal variabler – kan vi titta tillbaka.", words))
			.isFalse();
		// A count beside the span is still one.
		assertThat(seekers.namedWithACountIn("Under två år kom 40 asylsökande till boendena.", words)).isTrue();
		assertThat(variables.namedWithACountIn("Samtliga drygt 200 variabler går att korsköra.", words)).isTrue();
		// A count before another word of time is still one, and a span of the time
		// counted
		// counts it.
		assertThat(new CountedThing(Set.of("kommuner")).namedWithACountIn("Enkäten besvarades av 15 kommuner år 2018.",
				words))
			.isTrue();
		assertThat(new CountedThing(Set.of("timmar")).namedWithACountIn("Kursen omfattar 40 timmar.", words)).isTrue();
	}

}
