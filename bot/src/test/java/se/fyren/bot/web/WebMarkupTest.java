package se.fyren.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebMarkupTest {

	@Test
	void boldListsAndLinksBecomeHtmlAndEverythingElseIsEscaped() {
		assertThat(WebMarkup
			.html("Skriv *dialog start <grupp>* & vänta\n• ett\n• två\nSe https://fyren.example/a?b=1&c=2."))
			.isEqualTo("Skriv <strong>dialog start &lt;grupp&gt;</strong> &amp; vänta<ul><li>ett</li><li>två</li></ul>"
					+ "Se <a href=\"https://fyren.example/a?b=1&amp;c=2\" target=\"_blank\" rel=\"noopener noreferrer\">"
					+ "https://fyren.example/a?b=1&amp;c=2</a>.");
	}

	@Test
	void markupCannotSmuggleInAScriptOrAnotherKindOfLink() {
		assertThat(WebMarkup.html("*<script>alert(1)</script>* javascript:alert(1) \"x\" 'y'")).isEqualTo(
				"<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong> javascript:alert(1) &quot;x&quot; &#39;y&#39;");
	}

	@Test
	void aLabelledLinkSomeoneWroteShowsTheAddressItLeadsTo() {
		assertThat(WebMarkup.html("Läs [protokollet](https://evil.example/x?key=1)"))
			.isEqualTo("Läs [protokollet](<a href=\"https://evil.example/x?key=1\" target=\"_blank\""
					+ " rel=\"noopener noreferrer\">https://evil.example/x?key=1</a>)");
	}

	@Test
	void aLabelCannotLeadToAnythingButAWebOrCalendarAddress() {
		assertThat(WebMarkup.html("[Klicka](javascript:alert(1)) [x](data:text/html,hej)"))
			.isEqualTo("[Klicka](javascript:alert(1)) [x](data:text/html,hej)");
	}

}
