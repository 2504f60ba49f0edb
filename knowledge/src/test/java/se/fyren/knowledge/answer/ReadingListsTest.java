package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingListsTest {

	@Test
	void aQuestionAboutWhatIsCitedOrToReadAsksForTheList() {
		assertThat(ReadingLists.asked("vem skrev texten om boundary spanners i litteraturlistan")).isTrue();
		assertThat(ReadingLists.asked("vilka böcker tipsar manualen om?")).isTrue();
		assertThat(ReadingLists.asked("vilken källa anges för figuren?")).isTrue();
		assertThat(ReadingLists.asked("which papers does the course manual cite?")).isTrue();
	}

	@Test
	void wordsThatOnlyBeginLikeThemDoNot() {
		assertThat(ReadingLists.asked("vilka satt i referensgruppen?")).isFalse();
		assertThat(ReadingLists.asked("hur många elever klarade läsåret?")).isFalse();
		assertThat(ReadingLists.asked("what are the main sources of stress for young people?")).isFalse();
		assertThat(ReadingLists.asked("kan man boka en tid?")).isFalse();
	}

}
