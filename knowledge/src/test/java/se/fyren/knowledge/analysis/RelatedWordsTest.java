package se.fyren.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The general synonym lexicon, looked up by a word's dictionary base forms. */
class RelatedWordsTest {

	static final RelatedWords RELATED = RelatedWords.swedish(NounLemmas.swedish().wordClasses());

	@Test
	void findsWordsOfLikeMeaningForAnyInflectionBestRatedFirst() {
		assertThat(RELATED.of("ändamål")).containsExactly("syfte", "avsikt");
		assertThat(RELATED.of("mötena")).startsWith("rendezvous", "sammankomst");
		assertThat(RELATED.of("sammanträdet")).containsExactly("möte", "session");
	}

	@Test
	void readsTheShippedLexiconWhateverTheSystemPropertiesSay() {
		// A tuning hook read a file named by the system property "relfile" instead.
		String before = System.setProperty("relfile", "/nonexistent/related.txt");
		try {
			assertThat(RelatedWords.swedish(NounLemmas.swedish().wordClasses()).of("ändamål")).contains("syfte");
		}
		finally {
			if (before == null) {
				System.clearProperty("relfile");
			}
			else {
				System.setProperty("relfile", before);
			}
		}
	}

	@Test
	void neverGivesTheWordItselfAndNothingForAWordItDoesNotHold() {
		assertThat(RELATED.of("möte")).doesNotContain("möte").contains("sammankomst");
		assertThat(RELATED.of("qwxz")).isEmpty();
		assertThat(RelatedWords.NONE.of("möte")).isEmpty();
	}

}
