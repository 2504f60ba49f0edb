package se.fyren.bot.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;

import se.fyren.bot.chat.Inbound;

/** A size as the application's own message files write it, in each language. */
class MegabytesTest {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void aLimitIsToldAsItWasSet() {
		// Counted in decimal megabytes, a limit set as 20MB read "21,0 MB".
		assertThat(swedish(DataSize.parse("20MB").toBytes())).isEqualTo("20,0");
		assertThat(swedish(DataSize.parse("100KB").toBytes())).isEqualTo("0,1");
	}

	@Test
	void theDecimalSignIsTheReadersLanguages() {
		// Once always a comma: "at most 20,0 MB" in English.
		assertThat(english(DataSize.parse("20MB").toBytes())).isEqualTo("20.0");
		assertThat(english(DataSize.parse("100KB").toBytes())).isEqualTo("0.1");
	}

	@Test
	void aLargeLimitIsToldWithoutDigitGrouping() {
		// As a message's number, a gigabyte was "1 024" beside "20,0" for the upload
		// limit.
		assertThat(swedish(DataSize.parse("1GB").toBytes())).isEqualTo("1024,0");
		assertThat(english(DataSize.parse("1GB").toBytes())).isEqualTo("1024.0");
	}

	@Test
	void aFileJustOverTheLimitIsToldAsOverIt() {
		assertThat(swedish(DataSize.parse("20MB").toBytes() + DataSize.parse("512KB").toBytes())).isEqualTo("20,5");
	}

	@Test
	void asAnArgumentItIsToldInTheLanguageTheMessageIsToldIn() {
		Object[] limit = { Megabytes.of(DataSize.parse("20MB").toBytes()) };

		assertThat(messages.getMessage("web.documents.tooLarge", limit, Inbound.SWEDISH)).contains("högst 20,0 MB");
		assertThat(messages.getMessage("web.documents.tooLarge", limit, Locale.ENGLISH)).contains("at most 20.0 MB");
	}

	private String swedish(long bytes) {
		return messages.getMessage(Megabytes.of(bytes), Inbound.SWEDISH);
	}

	private String english(long bytes) {
		return messages.getMessage(Megabytes.of(bytes), Locale.ENGLISH);
	}

	/** The message files as the application reads them (application.yml). */
	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
