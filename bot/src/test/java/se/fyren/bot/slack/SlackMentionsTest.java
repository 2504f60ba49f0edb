package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackMentionsTest {

	@Test
	void mentionsBeforeACommandAreLeftOutWhateverSpaceSeparatesThem() {
		// A no-break space (a Mac's Option and space) between two mentions kept the
		// second, and the command after it was not read as one.
		assertThat(SlackEvents.withoutMentions("<@UFYREN>\u00a0<@UANNA>\u00a0dialog start Skolan", "UFYREN"))
			.isEqualTo("dialog start Skolan");
		assertThat(SlackEvents.withoutMentions("<@UFYREN> <@UANNA|anna> dialog start", "UFYREN"))
			.isEqualTo("dialog start");
	}

}
