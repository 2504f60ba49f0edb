package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.analysis.TermRole;

/**
 * A word written as a new compound of two words the reports use, each too rare in them to
 * be a compound part of the index, is known and searched by its two words.
 */
class SpelledOutCompoundTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);

	@Test
	void aCompoundOfRareReportWordsIsKnownAndSearchedByItsParts() {
		// The manual speaks once of "geocaching" and of a "karta" (held as "kart"), never
		// of a "geocachingkarta".
		Concept map = concept("hur stor upplaga hade geocachingkartan i borås?", "geocachingkart");

		assertThat(map.known()).isTrue();
		assertThat(parts(map)).contains("geocaching", "kart");
	}

	@Test
	void aLinkingSIsNotPartOfTheFirstWord() {
		Concept club = concept("vilken idrottsklubb samordnar hitta ut?", "idrottsklubb");

		assertThat(club.known()).isTrue();
		assertThat(parts(club)).contains("idrott");
	}

	@Test
	void aWordOfNoReportWordsStaysUnknown() {
		Concept unknown = concept("vad sa de om kvantdatorprogrammering?", "kvantdatorprogrammering");

		// "programm" and "ring" are parts the index splits off, too little of it to make
		// it known.
		assertThat(unknown.known()).isFalse();
		assertThat(parts(unknown)).containsExactly("programm", "ring");
	}

	@Test
	void givesItsTwoWordsAsTheIndexHoldsThem() {
		assertThat(SpelledOutCompound.parts(TermCounts.all(corpus.snapshot()),
				corpus.snapshot().analysis().indexAnalyzer(), "geocachingkartan"))
			.contains(List.of("geocaching", "kart"));
	}

	private Concept concept(String question, String word) {
		return searcher.analyze(corpus.snapshot(), question)
			.concepts()
			.stream()
			.filter(concept -> concept.word().startsWith(word.substring(0, 8)))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> parts(Concept concept) {
		return concept.terms().stream().filter(term -> term.role() == TermRole.PART).map(QueryTerm::term).toList();
	}

}
