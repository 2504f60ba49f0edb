package se.fyren.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.fyren.bot.chat.Inbound;

/**
 * A link whose server never answers is given up after the timeout, and the one who gave
 * it is told how long was waited, in their language.
 */
class DocumentLinkTest {

	/** The shortest timeout allowed, so the test waits no longer. */
	private static final Duration TIMEOUT = LinkProperties.MIN_TIMEOUT;

	@Test
	void aServerThatNeverAnswersIsGivenUpAfterTheTimeoutToldInTheSingular() throws IOException {
		// Takes the connection and never says a word, not even its part of the TLS
		// handshake.
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			LinkProperties properties = new LinkProperties(TIMEOUT, List.of("127.0.0.1"), null, "");
			DocumentLink link = new DocumentLink(LinkClients.client(properties), properties);

			Refused refused = catchThrowableOfType(Refused.class,
					() -> link.fetch("https://127.0.0.1:" + silent.getLocalPort() + "/protokoll.pdf", 1000));

			assertThat(refused).as("a refusal").isNotNull();
			// It read "längre än 1 sekunder".
			assertThat(refused.outcome().text(RefusalMessagesTest.messages(), Inbound.SWEDISH)).isEqualTo(
					"Hämtningen tog längre än 1 sekund och avbröts. Inget har ändrats; dela filen direkt i stället.");
			assertThat(refused.outcome().text(RefusalMessagesTest.messages(), Locale.ENGLISH)).isEqualTo(
					"Fetching took longer than 1 second and was stopped. Nothing was changed; share the file directly instead.");
		}
	}

}
