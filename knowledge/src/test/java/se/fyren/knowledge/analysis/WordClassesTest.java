package se.fyren.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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

}
