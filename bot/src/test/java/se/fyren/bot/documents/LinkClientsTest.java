package se.fyren.bot.documents;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The link client costs nothing at start: the JDK's TLS and the client's selector thread
 * come with the first link fetched. A named trust store is still checked at start.
 */
class LinkClientsTest {

	@Test
	void theClientIsBuiltOnTheFirstFetchAndOnlyOnce() {
		long selectorsBefore = selectorThreads();
		Supplier<HttpClient> client = LinkClients
			.client(new LinkProperties(Duration.ofSeconds(5), List.of(), null, ""));
		assertThat(selectorThreads()).isEqualTo(selectorsBefore);
		HttpClient first = client.get();
		assertThat(selectorThreads()).isEqualTo(selectorsBefore + 1);
		assertThat(client.get()).isSameAs(first);
	}

	@Test
	void aTrustStoreThatCannotBeReadStillStopsTheStart() {
		LinkProperties properties = new LinkProperties(Duration.ofSeconds(5), List.of(),
				Path.of("no-such-trust-store.p12"), "secret");
		assertThatThrownBy(() -> LinkClients.client(properties)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("fyren.documents.links.trust-store");
	}

	/**
	 * Each JDK HTTP client runs one selector manager thread from the moment it is built.
	 */
	private static long selectorThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(thread -> thread.isAlive() && thread.getName().endsWith("-SelectorManager"))
			.count();
	}

}
