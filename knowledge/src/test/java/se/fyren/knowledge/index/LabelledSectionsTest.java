package se.fyren.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelledSectionsTest {

	@Test
	void aHeadingThatOpensWithAWordAndANumberNamesItsSection() {
		assertThat(LabelledSections.ofHeading("Målområde 2. Kompetenser, kunskaper och utbildning"))
			.contains("målområde 2");
		assertThat(LabelledSections.ofHeading("Åtgärdsområde 17")).contains("åtgärdsområde 17");
		// A sentence that opens with a word and a number is no section's name.
		assertThat(LabelledSections.ofHeading("Nivå 3 är den högsta")).isEmpty();
		assertThat(LabelledSections.ofHeading("3 Resultat")).isEmpty();
	}

	@Test
	void aPathNamesEachOfItsLabelledSections() {
		assertThat(
				LabelledSections.ofPath("Princip 1. Åtgärder riktade direkt › Målområde 1. Det tidiga livets villkor"))
			.containsExactly("princip 1", "målområde 1");
		assertThat(LabelledSections.ofPath(null)).isEmpty();
	}

	@Test
	void aQuestionNamesASectionAsItsHeadingDoes() {
		assertThat(LabelledSections.inQuestion("barnhälsoteam, Nivå 3 – vilka sitter med?")).containsExactly("nivå 3");
		assertThat(LabelledSections.inQuestion("vad föreslås i åtgärdsområde 07 och 2019?"))
			.containsExactly("åtgärdsområde 7");
		assertThat(LabelledSections.word("åtgärdsområde 7")).isEqualTo("åtgärdsområde");
		// Numbers of the same word beside it name sections too.
		assertThat(LabelledSections.inQuestion("vad skiljer nivå 2 och 3?")).containsExactly("nivå 2", "nivå 3");
		assertThat(LabelledSections.inQuestion("målområde 1-3 och 2019")).containsExactly("målområde 1", "målområde 2",
				"målområde 3");
	}

}
