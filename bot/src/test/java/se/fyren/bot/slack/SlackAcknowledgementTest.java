package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Slack's acknowledgement waits for nothing but the request: whether a command or event
 * was taken before is asked of the database after it. Shown by holding a delivery's key
 * in another transaction, as a second instance taking the same delivery would: Slack has
 * its acknowledgement while the key is still held, and the delivery is then handled by
 * whichever records it first, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackAcknowledgementTest {

	@RegisterExtension
	static final SlackAppFixture app = new SlackAppFixture("slack-ack");

	static final FakeSlack slack = app.slack();

	private static final Duration ANSWER = Duration.ofSeconds(20);

	@DynamicPropertySource
	static void slackAndData(DynamicPropertyRegistry registry) {
		app.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	DataSource database;

	SignedSlack signed() {
		return new SignedSlack(port);
	}

	@Test
	void commandIsAcknowledgedWhileItsDeliveryRecordWaitsAndAnsweredOnceItIsFree() throws SQLException {
		String trigger = "t-" + UUID.randomUUID();
		String url = slack.responseUrl(UUID.randomUUID().toString());

		HttpResponse<String> ack;
		try (HeldKey held = HeldKey.hold(database, "slack:command:" + trigger)) {
			ack = signed().send(signed().slashCommand("U0WAIT", "C0ACK", SlackAdapterTest.KINGDON, url, trigger));
			held.release();
		}

		assertThat(ack.statusCode()).isEqualTo(200);
		await().atMost(ANSWER).until(() -> slack.responses(url).size() == 1);
		assertThat(slack.responses(url).get(0).text()).contains(SlackAdapterTest.KURSMANUAL);
	}

	@Test
	void eventAnotherInstanceRecordedFirstIsAcknowledgedAndLeftToIt() throws SQLException {
		String event = eventId();

		HttpResponse<String> ack;
		try (HeldKey held = HeldKey.hold(database, "slack:event:" + event)) {
			ack = signed()
				.send(signed().mention(event, "U0OTHER", "C0OTHER", "1700000700.000100", SlackAdapterTest.KINGDON));
			held.commit();
		}

		assertThat(ack.statusCode()).isEqualTo(200);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> slack.posts("C0OTHER").isEmpty());
	}

	@Test
	void sameCommandDeliveredTwiceAtOnceIsAnsweredOnce() {
		String trigger = "t-" + UUID.randomUUID();
		String url = slack.responseUrl(UUID.randomUUID().toString());
		var command = signed().slashCommand("U0TWICE", "C0ACK", SlackAdapterTest.KINGDON, url, trigger);

		List<Integer> statuses = atOnce(2, () -> signed().send(command).statusCode());

		assertThat(statuses).containsOnly(200);
		await().atMost(ANSWER).until(() -> slack.responses(url).size() == 1);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> slack.responses(url).size() == 1);
	}

	@Test
	void sameEventDeliveredThreeTimesAtOnceIsAnsweredOnce() {
		var mention = signed().mention(eventId(), "U0THRICE", "C0THRICE", "1700000800.000100",
				SlackAdapterTest.KINGDON);

		List<Integer> statuses = atOnce(3, () -> signed().send(mention).statusCode());

		assertThat(statuses).containsOnly(200);
		await().atMost(ANSWER).until(() -> slack.posts("C0THRICE").size() == 1);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> slack.posts("C0THRICE").size() == 1);
	}

	private static <T> List<T> atOnce(int times, Supplier<T> call) {
		ExecutorService senders = Executors.newFixedThreadPool(times);
		try {
			List<CompletableFuture<T>> calls = IntStream.range(0, times)
				.mapToObj(i -> CompletableFuture.supplyAsync(call, senders))
				.toList();
			return calls.stream().map(CompletableFuture::join).toList();
		}
		finally {
			senders.shutdown();
		}
	}

	private static String eventId() {
		return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	/**
	 * A delivery key inserted by a transaction of its own and not yet committed: Fyren's
	 * own insert of the key waits for it (up to H2's lock timeout, two seconds).
	 */
	private static final class HeldKey implements AutoCloseable {

		private final Connection connection;

		private HeldKey(Connection connection) {
			this.connection = connection;
		}

		static HeldKey hold(DataSource database, String key) throws SQLException {
			Connection connection = database.getConnection();
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection
				.prepareStatement("insert into seen_delivery (seen_key, seen_at) values (?, ?)")) {
				insert.setString(1, key);
				insert.setObject(2, OffsetDateTime.now());
				insert.executeUpdate();
			}
			return new HeldKey(connection);
		}

		/** Gives the key up, as an instance that failed before it took the delivery. */
		void release() throws SQLException {
			connection.rollback();
		}

		/** Keeps the key, as an instance that took the delivery. */
		void commit() throws SQLException {
			connection.commit();
		}

		@Override
		public void close() throws SQLException {
			connection.rollback();
			connection.setAutoCommit(true);
			connection.close();
		}

	}

}
