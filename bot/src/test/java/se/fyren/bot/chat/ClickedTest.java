package se.fyren.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClickedTest {

	private static final Destination WHERE = new Destination(Channel.WEB, "rum", null);

	@Test
	void aCardsTypedInputIsReadAsAMessageIs() {
		// A line separator pasted into a multi-line field is a line break, as in a
		// message: a radar signal's date on the next line is read as its date.
		Clicked click = new Clicked(WHERE, "u1", null, "radar.signal", "v", "\u00a0Budgetdialog\u20282026-10-12\u202f",
				null);

		assertThat(click.input()).isEqualTo("Budgetdialog\n2026-10-12");
	}

	@Test
	void aClickWithoutAFieldHasNoInput() {
		assertThat(new Clicked(WHERE, "u1", null, "answer.helpful", "v", null, null).input()).isNull();
	}

}
