package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word the reports write only unnegated, negated by the prefix "o" ("olöst"), is a word
 * of the reports' topic, not of another: the abstain judge counts unknown words.
 */
class NegatedWordTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);

	@Test
	void aKnownWordNegatedIsKnown() {
		assertThat(concept("vad var fortfarande olöst mellan kommunen och landstinget?", "olös").known()).isTrue();
	}

	@Test
	void aWordThatOnlyBeginsWithOStaysUnknown() {
		assertThat(concept("vad säger de om ostprovning?", "ostprovning").known()).isFalse();
	}

	private Concept concept(String question, String word) {
		return searcher.analyze(corpus.snapshot(), question)
			.concepts()
			.stream()
			.filter(concept -> concept.word().startsWith(word))
			.findFirst()
			.orElseThrow();
	}

}
