package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question that opens with its verb asks yes or no; one that asks to be told or helped
 * ("kan du …", "do you …") or holds a question word asks for more. Its answer says how
 * far a thing holds.
 */
class PolarQuestionTest {

	@Test
	void aQuestionOrItsLastClauseOpeningWithAVerbAsksYesOrNo() {
		assertThat(PolarQuestion.asked("får en förening söka pengarna själv?")).isTrue();
		assertThat(PolarQuestion.asked("hörde nåt om skolgården – ska den byggas om i år?")).isTrue();
		assertThat(PolarQuestion.asked("asså finns det nån plan för sommarlovet")).isTrue();
		assertThat(PolarQuestion.asked("Does the plan cover the whole county?")).isTrue();
		// "var" as the verb, not the question word; Swedish "i"; "får jag"; a greeting.
		assertThat(PolarQuestion.asked("Var det kommunen som beslutade?")).isTrue();
		assertThat(PolarQuestion.asked("är i princip alla kommuner med?")).isTrue();
		assertThat(PolarQuestion.asked("får jag söka bidraget som förening?")).isTrue();
		assertThat(PolarQuestion.asked("hej, finns det en plan för sommarlovet?")).isTrue();
	}

	@Test
	void aRequestAQuestionWordOrAlternativesAskForMore() {
		assertThat(PolarQuestion.asked("kan du sammanfatta planen för sommarlovet?")).isFalse();
		assertThat(PolarQuestion.asked("Do you know the plan for the summer?")).isFalse();
		assertThat(PolarQuestion.asked("är det klart vem som leder gruppen?")).isFalse();
		assertThat(PolarQuestion.asked("kan jag få planen för sommarlovet?")).isFalse();
		assertThat(PolarQuestion.asked("finns det en plan? hur ser den ut?")).isFalse();
		assertThat(PolarQuestion.asked("hur ska planen följas upp")).isFalse();
		assertThat(PolarQuestion.asked("nämndens plan för sommarlovet")).isFalse();
		// Alternatives ask which of them holds.
		assertThat(PolarQuestion.asked("går andelen upp eller ner?")).isFalse();
		assertThat(PolarQuestion.asked("Is it run by the county or by each municipality?")).isFalse();
	}

	@Test
	void anAnswerSaysHowFarAThingHolds() {
		assertThat(PolarQuestion.answeredBy("Bidraget kan endast sökas av kommuner.")).isTrue();
		assertThat(PolarQuestion.answeredBy("Planen ersätter inte den gamla.")).isTrue();
		assertThat(PolarQuestion.answeredBy("It is no substitute for the council's own plan.")).isTrue();
		assertThat(PolarQuestion.answeredBy("Planen antogs av nämnden i maj.")).isFalse();
	}

}
