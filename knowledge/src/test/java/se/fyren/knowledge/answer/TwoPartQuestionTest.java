package se.fyren.knowledge.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Citation;

import static org.assertj.core.api.Assertions.assertThat;

class TwoPartQuestionTest {

	private static final Citation KURSMANUAL = new Citation("kursmanual", "Kursmanual", "Fallbeskrivning 2", 12, "…",
			"rapporter");

	private static final Citation SLUTRAPPORT = new Citation("slutrapport", "Slutrapport", "Kapitel 3", 30, "…",
			"rapporter");

	@Test
	void theSecondPartIsAskedWithTheFirstPartsTopic() {
		assertThat(TwoPartQuestion.of("Vad är dialogkedjan och hur lång tid tar den?"))
			.contains(new TwoPartQuestion("Vad är dialogkedjan", "hur lång tid tar den? dialogkedjan"));
		assertThat(TwoPartQuestion.of("who started the FOKUS 20-25 project and where did the money come from"))
			.contains(new TwoPartQuestion("who started the FOKUS 20-25 project",
					"where did the money come from started the FOKUS 20-25 project"));
		assertThat(TwoPartQuestion.of("familjecentral, vad e det för nåt o vilka vänder den sig till")).isPresent();
		// The topic without the words left where the asking was.
		assertThat(TwoPartQuestion.of("vad är skillnaden mellan vad kommunen gör och vad regionen gör?"))
			.hasValueSatisfying(parts -> assertThat(parts.second()).doesNotContain("  "));
	}

	@Test
	void oneKindAskedTwiceOrNoSecondQuestionIsOneQuestion() {
		assertThat(TwoPartQuestion.of("luleås översiktsplan, när klubbades den o när skulle den nya va färdig?"))
			.isEmpty();
		assertThat(TwoPartQuestion.of("Vilka kommuner och regioner deltog?")).isEmpty();
		assertThat(TwoPartQuestion.of("vad gör skolan och socialtjänsten tillsammans")).isEmpty();
		// A run of spaces as long as a question may be is read once, not tried at every
		// split.
		assertThat(TwoPartQuestion.of("vad" + " ".repeat(2_000) + "x")).isEmpty();
	}

	@Test
	void theSecondPartsAnswerFollowsTheWholesByItsOpening() {
		Answer whole = answer("Dialogkedjan är en metod för samtal med en grupp.", KURSMANUAL);
		Answer second = answer(
				"Det kan räcka med 2 minuter. Den spar tid genom att minska risken för missförstånd. "
						+ "Den skapar samsyn. " + "Den ger en känsla av delaktighet i gruppen, ".repeat(6) + "och mer.",
				SLUTRAPPORT, KURSMANUAL);

		Answer joined = TwoPartQuestion.joined(whole, second);

		assertThat(joined.text()).startsWith(whole.text() + " Det kan räcka med 2 minuter. Den spar tid")
			.doesNotContain("och mer.");
		assertThat(joined.citations()).containsExactly(KURSMANUAL, SLUTRAPPORT);
		assertThat(joined.found()).isTrue();
	}

	@Test
	void aPartNotAnsweredOrAlreadyAnsweredLeavesTheWholesAnswer() {
		Answer whole = answer("Dialogkedjan är en metod. Det kan räcka med 2 minuter.", KURSMANUAL);
		Answer refused = new Answer("q", false, "", List.of(), List.of(),
				new Abstain("low_coverage", "", null, 0, 0, List.of(), "how"));

		assertThat(TwoPartQuestion.joined(whole, refused)).isSameAs(whole);
		assertThat(TwoPartQuestion.joined(refused, whole)).isSameAs(refused);
		assertThat(TwoPartQuestion.joined(whole, answer("Det kan räcka med 2 minuter.", KURSMANUAL))).isSameAs(whole);
	}

	private static Answer answer(String text, Citation... citations) {
		return new Answer("q", true, text, List.of(citations), List.of(), null);
	}

}
