package se.fyren.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.fyren.bot.chat.Inbound;
import se.fyren.bot.infra.Megabytes;
import se.fyren.knowledge.ingest.UnreadableReportException;

/**
 * Every way the knowledge library refuses a file has a message in both languages: one
 * without it ends the upload in a 500 instead of telling why, or tells it in Swedish to
 * someone who reads English.
 */
class RefusalMessagesTest {

	@Test
	void everyKindOfUnreadableFileIsExplainedInSwedishAndEnglish() {
		ResourceBundleMessageSource messages = messages();
		messages.setUseCodeAsDefaultMessage(true);

		for (UnreadableReportException.Kind kind : UnreadableReportException.Kind.values()) {
			// The unpacked limit, as Admission tells it to a zip bomb's message.
			Refused refused = new Refused(key(kind), "budget.docx", "DOCX", Megabytes.of(100L * 1024 * 1024), "PDF");
			for (Locale locale : new Locale[] { Inbound.SWEDISH, Locale.ENGLISH }) {
				assertThat(refused.outcome().text(messages, locale)).as("%s in %s", kind, locale)
					.contains("budget.docx")
					.doesNotStartWith("documents.")
					.doesNotContain("size.megabytes");
			}
		}
	}

	/**
	 * A page count is written as the reader's language writes figures, and a limit of one
	 * page in the singular, as the other page counts are ("1 sida"): it read "högst 1
	 * sidor".
	 */
	@Test
	void tooManyPagesTellsItsCountsAsTheLanguageWritesThem() {
		ResourceBundleMessageSource messages = messages();
		Outcome overOne = new Refused("documents.tooManyPages", "lång.pdf", 1001, 1).outcome();
		Outcome overThousand = new Refused("documents.tooManyPages", "lång.pdf", 2500, 1000).outcome();

		assertThat(overOne.text(messages, Inbound.SWEDISH))
			.isEqualTo("”lång.pdf” har 1\u00a0001 sidor; högst 1 sida läses in. Lägg till de delar som behövs.");
		assertThat(overOne.text(messages, Locale.ENGLISH))
			.isEqualTo("“lång.pdf” has 1,001 pages; at most 1 is read. Add the parts you need.");
		assertThat(overThousand.text(messages, Inbound.SWEDISH)).isEqualTo(
				"”lång.pdf” har 2\u00a0500 sidor; högst 1\u00a0000 sidor läses in. Lägg till de delar som behövs.");
		assertThat(overThousand.text(messages, Locale.ENGLISH))
			.isEqualTo("“lång.pdf” has 2,500 pages; at most 1,000 are read. Add the parts you need.");
	}

	/**
	 * A key missing from the English file is answered from the Swedish one by the
	 * bundle's fallback, so each file is read on its own.
	 */
	@Test
	void everyKindOfUnreadableFileHasItsOwnKeyInEachLanguagesFile() throws IOException {
		for (String file : new String[] { "i18n/documents.properties", "i18n/documents_en.properties" }) {
			Properties messages = properties(file);
			for (UnreadableReportException.Kind kind : UnreadableReportException.Kind.values()) {
				assertThat(messages).as("%s in %s", kind, file).containsKey(key(kind));
			}
		}
	}

	/**
	 * The documents' messages, and the general ones a size is written by, as the
	 * application reads them.
	 */
	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/documents", "messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static String key(UnreadableReportException.Kind kind) {
		return "documents.unreadable." + kind.name().toLowerCase(Locale.ROOT);
	}

	private static Properties properties(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Objects
			.requireNonNull(RefusalMessagesTest.class.getClassLoader().getResourceAsStream(file), file);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
