package se.fyren.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class WordClassesTest {

	private final WordClasses words = NounLemmas.swedish().wordClasses();

	@Test
	void aWordThatOnlyDescribesTheNextIsAModifier() {
		assertThat(words.modifierOnly("mest")).isTrue();
		assertThat(words.modifierOnly("angelägna")).isTrue();
		assertThat(words.modifierOnly("viktigaste")).isTrue();
		// A noun, a word that is also a noun or a verb, and a word the dictionary does
		// not know (a name, an English word) are not.
		assertThat(words.modifierOnly("åtgärderna")).isFalse();
		assertThat(words.modifierOnly("delar")).isFalse();
		assertThat(words.modifierOnly("gör")).isFalse();
		assertThat(words.modifierOnly("towns")).isFalse();
	}

	@Test
	void aThreadsLookupsAnswerEachWordAsAFreshLookupDoes() {
		// Each thread keeps its lookup, whose list the next lookup overwrites: every
		// answer is still the word's own.
		NounLemmas lemmas = NounLemmas.swedish();
		assertThat(words.lemmas("möten")).containsExactly("möte");
		assertThat(words.lemmas("träffades")).containsExactly("träffa");
		for (String word : List.of("möten", "träffades", "gör", "towns", "möten", "åtgärderna", "mest", "träffades",
				"delar", "Mora")) {
			WordClasses fresh = lemmas.wordClasses();
			assertThat(words.lemmas(word)).as(word).isEqualTo(fresh.lemmas(word));
			assertThat(words.knows(word)).as(word).isEqualTo(fresh.knows(word));
			assertThat(words.verb(word)).as(word).isEqualTo(fresh.verb(word));
			assertThat(words.neverNoun(word)).as(word).isEqualTo(fresh.neverNoun(word));
			assertThat(words.modifierOnly(word)).as(word).isEqualTo(fresh.modifierOnly(word));
		}
	}

	@Test
	void threadsLookingUpAtOnceGetTheirOwnWords() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> done = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				String word = thread % 2 == 0 ? "möten" : "träffades";
				Set<String> expected = words.lemmas(word);
				done.add(pool.submit(() -> {
					for (int i = 0; i < 2_000; i++) {
						if (!words.lemmas(word).equals(expected)) {
							return false;
						}
					}
					return true;
				}));
			}
			for (Future<Boolean> each : done) {
				assertThat(each.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
