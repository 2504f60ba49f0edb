package se.fyren.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class SmallTalkTest {

	private final SmallTalk smallTalk = new SmallTalk(messages());

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Hej Fyren                 | Hej! Jag är Fyren.
			hej!                      | Hej! Jag är Fyren.
			Hejsan 👋                 | Hej! Jag är Fyren.
			HALLÅ FYREN!!             | Hej! Jag är Fyren.
			tjena, fyren :)           | Hej! Jag är Fyren.
			God morgon                | Hej! Jag är Fyren.
			god kväll fyren 🌙         | Hej! Jag är Fyren.
			hello                     | Hello! I am Fyren.
			Hi Fyren!                 | Hello! I am Fyren.
			hey 👋🏽                   | Hello! I am Fyren.
			Good morning, Fyren.      | Hello! I am Fyren.
			tack!                     | Varsågod!
			Tack så mycket 🙏          | Varsågod!
			tackar                    | Varsågod!
			Stort tack, Fyren!        | Varsågod!
			tack för hjälpen          | Varsågod!
			thanks                    | You’re welcome!
			Thank you!                | You’re welcome!
			ty                        | You’re welcome!
			👍                        | Skriv en fråga om rapporterna, så letar jag.
			🙂🙂                      | Skriv en fråga om rapporterna, så letar jag.
			...                       | Skriv en fråga om rapporterna, så letar jag.
			!!!                       | Skriv en fråga om rapporterna, så letar jag.
			❤️                        | Skriv en fråga om rapporterna, så letar jag.
			""")
	void greetingsThanksAndMessagesWithoutWordsGetAShortReplyInTheirOwnLanguage(String said, String reply) {
		assertThat(smallTalk.handle(message(said, Inbound.SWEDISH)).map(SmallTalkTest::text))
			.hasValueSatisfying(text -> assertThat(text).startsWith(reply));
	}

	@ParameterizedTest
	@ValueSource(strings = { "hej, vad säger rapporterna om barnfattigdom?", "Hej Fyren, vad kan du göra?",
			"Vilka tre strömmar ingår i Kingdons modell?", "tack vare vad minskade ojämlikheten?", "hi-fi i skolan",
			"Stort tack för utmärkt samverkan", "42", "hjälp" })
	void leavesEverythingThatAsksSomethingToTheOthers(String said) {
		assertThat(smallTalk.handle(message(said, Inbound.SWEDISH))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "🙂", "?!" })
	void aMessageWithoutWordsIsAnsweredInTheChatsLanguage(String said) {
		assertThat(smallTalk.handle(message(said, Locale.ENGLISH)).map(SmallTalkTest::text))
			.hasValue("Write a question about the reports, and I will look.");
	}

	private static Inbound message(String text, Locale locale) {
		return new Inbound(Channel.WEB, null, null, text, locale);
	}

	private static String text(Reply reply) {
		return ((Reply.TextReply) reply).text();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
