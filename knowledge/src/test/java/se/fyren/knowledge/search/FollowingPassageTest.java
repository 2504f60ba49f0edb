package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.Passage;

/**
 * The passage after a passage, where a list that runs to its passage's end goes on: found
 * in the same report without a collection filter, and nothing for an id that carries no
 * ordinal.
 */
class FollowingPassageTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);

	private Passage found(String question) {
		return searcher.search(corpus.snapshot(), searcher.analyze(corpus.snapshot(), question), 1).get(0).passage();
	}

	@Test
	void findsTheNextPassageOfTheSameReportWithoutAFilter() {
		Passage passage = found("Vilka tre strömmar ingår i Kingdons modell?");

		Optional<Passage> next = searcher.following(corpus.snapshot(), passage, null);

		assertThat(next).isPresent();
		assertThat(next.get().doc()).isEqualTo(passage.doc());
		assertThat(next.get().start()).isGreaterThan(passage.start());
	}

	@Test
	void findsNothingAfterAPassageWhoseIdHasNoOrdinal() {
		Passage passage = found("Vilka tre strömmar ingår i Kingdons modell?");
		Passage unnumbered = new Passage(passage.doc() + "#inledning", passage.doc(), passage.title(),
				passage.section(), passage.page(), passage.start(), passage.end(), passage.text(),
				passage.collection());

		assertThat(searcher.following(corpus.snapshot(), unnumbered, null)).isEmpty();
	}

}
