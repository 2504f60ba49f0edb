package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question's kind is told once and given again for the same question only: another text
 * is told afresh.
 */
class KindAskedTest {

	@Test
	void theKindToldIsTheKindOfTheQuestion() {
		for (String question : new String[] { "vad kostar kursen?", "när startade projektet?",
				"vem ska jag kontakta om lupp?", "motivationslyftet?", "hur många kom på mötet?" }) {
			KindAsked asked = KindAsked.of(question);
			assertThat(asked.kind()).as(question).isEqualTo(QuestionKind.of(question));
			assertThat(asked.kindOf(question)).as(question).isEqualTo(QuestionKind.of(question));
		}
	}

	@Test
	void theSameQuestionIsGivenTheKindToldAndAnotherIsToldAfresh() {
		// A kind no cue of the text asks for: given back only for that very text.
		KindAsked remembered = new KindAsked("vad kostar kursen?", QuestionKind.WHO);
		assertThat(remembered.kindOf(new String("vad kostar kursen?"))).isEqualTo(QuestionKind.WHO);
		assertThat(remembered.kindOf("vad kostar kursen")).isEqualTo(QuestionKind.COST);
		assertThat(remembered.kindOf("när startade projektet?")).isEqualTo(QuestionKind.WHEN);
	}

}
