package se.fyren.knowledge.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlowQuestionTest {

	@Test
	void theSlowestQuestionsByTheirMedianComeFirst() {
		// The first question's one slow answer (a pause) does not make it slow; the
		// second is slow every time.
		double[][] cpu = { { 1, 1, 30, 1, 1 }, { 5, 6, 5, 7, 5 }, { 2, 3, 2, 2, 3 } };

		List<SlowQuestion> slowest = SlowQuestion.slowest(List.of("paused", "slow", "middling"), cpu, 2);

		assertThat(slowest).containsExactly(new SlowQuestion("slow", 5), new SlowQuestion("middling", 2));
	}

	@Test
	void aLongQuestionIsShownCutShort() {
		String question = "Vad gör det svårt att få igenom långsiktiga insatser för jämlik hälsa inom de politiska ramarna?";

		assertThat(new SlowQuestion(question, 5.2).line()).contains("5.20 ms", "Vad gör det svårt")
			.doesNotContain("ramarna")
			.contains("…");
	}

}
