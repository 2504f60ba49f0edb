package se.fyren.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.fyren.bot.chat.Inbound;
import se.fyren.knowledge.ingest.UnreadableReportException;

/**
 * Every way the knowledge library refuses a file has a message in both languages: one
 * without it ends the upload in a 500 instead of telling why.
 */
class RefusalMessagesTest {

	@Test
	void everyKindOfUnreadableFileIsExplainedInSwedishAndEnglish() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/documents");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setUseCodeAsDefaultMessage(true);

		for (UnreadableReportException.Kind kind : UnreadableReportException.Kind.values()) {
			Refused refused = new Refused("documents.unreadable." + kind.name().toLowerCase(Locale.ROOT), "budget.docx",
					"DOCX", "100,0");
			for (Locale locale : new Locale[] { Inbound.SWEDISH, Locale.ENGLISH }) {
				assertThat(refused.outcome().text(messages, locale)).as("%s in %s", kind, locale)
					.contains("budget.docx")
					.doesNotStartWith("documents.");
			}
		}
	}

}
