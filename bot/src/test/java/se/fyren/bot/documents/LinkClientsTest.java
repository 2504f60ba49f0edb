package se.fyren.bot.documents;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
		// Compared as sets of threads, not counts: the selector thread of a client
		// another test left behind may end meanwhile.
		Set<Thread> selectorsBefore = selectorThreads();
		Supplier<HttpClient> client = LinkClients
			.client(new LinkProperties(Duration.ofSeconds(5), List.of(), null, ""));
		assertThat(selectorsBefore).containsAll(selectorThreads());
		HttpClient first = client.get();
		Set<Thread> started = selectorThreads();
		started.removeAll(selectorsBefore);
		assertThat(started).hasSize(1);
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
	private static Set<Thread> selectorThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(thread -> thread.isAlive() && thread.getName().endsWith("-SelectorManager"))
			.collect(Collectors.toCollection(HashSet::new));
	}

}
