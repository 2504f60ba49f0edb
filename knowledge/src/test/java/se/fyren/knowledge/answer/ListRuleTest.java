package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListRuleTest {

	@Test
	void anAnswerListsAsManyByItsMarksItsNumbersOrOneSentencesItems() {
		assertThat(ListRule.listsAsMany(
				"Kingdons modell består av tre flöden: › Problemflödet. › Politikflödet. " + "› Policyflödet.", 3))
			.isTrue();
		assertThat(ListRule.listsAsMany("fem olika delsteg: 1. Samla ihop information 2. Fokusera på avvikelserna "
				+ "3. Sök orsaker 4. Reflektera 5. Ta fram förslag", 5))
			.isTrue();
		assertThat(ListRule.listsAsMany(
				"Det rör sig om horisontella komponenter, analyskomponenter och slutligen " + "generella komponenter.",
				3))
			.isTrue();
		assertThat(ListRule.listsAsMany("Så här ser världen ut → Vi möts → Vi har alla föreställningar → "
				+ "Olikheter är en utmaning → Tillsammans går vi vidare!", 5))
			.isTrue();
	}

	@Test
	void anAnswerThatOnlyCountsListsNone() {
		assertThat(ListRule.listsAsMany("Metoden har fem steg. Den grundar sig på hjärnforskning.", 5)).isFalse();
		// Items of several sentences are not one list.
		assertThat(ListRule.listsAsMany("Registret har två delar, fysisk hälsa och ett tiotal indikatorer. "
				+ "Databasen följs upp, analyseras och redovisas.", 4))
			.isFalse();
	}

}
