package se.fyren.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.FyrenApplication;
import se.fyren.bot.MutableClock;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;

/**
 * Fyren stopped and started again in the middle of a chain, on the same database file:
 * the chain goes on where it was, its timer is still in Quartz's tables, and the summary
 * has the answers from before; a web room's page shows the chain running there as it was.
 */
class DialogueRestartTest {

	static final String CHANNEL = "CRESTART";

	static final String ROOM = "rum-restart";

	/** The room's participant key, as its link holds it. */
	static final String KEY = "restart-participant-key-0001";

	@Test
	void aChainResumesAfterARestartAndItsSummaryKeepsTheEarlierAnswers() {
		Path database = Path.of("target", "dialogue-restart-" + UUID.randomUUID(), "fyren").toAbsolutePath();
		Map<String, Object> properties = DialogueTestSupport.properties("jdbc:h2:file:" + database,
				DialogueTestSupport.freshDataDir(), "restart-" + UUID.randomUUID());
		properties.put("fyren.knowledge.index-on-start", "false");
		properties.put("server.port", "0");

		String thread;
		String chainId;
		long roomSeq;
		try (ConfigurableApplicationContext before = start(properties)) {
			Conversation conversation = before.getBean(Conversation.class);
			say(conversation, "UFACIL", "dialog start Kultur- och fritidsnämnden");
			RecordingOutbox outbox = before.getBean(RecordingOutbox.class);
			thread = outbox.posts(CHANNEL).get(0).id();
			hear(conversation, thread, "UANNA", "ts-1", "Ett rikt fritidsliv");
			hear(conversation, thread, "UBO", "ts-2", "Kultur för alla");
			say(conversation, "UFACIL", "dialog nästa");
			hear(conversation, thread, "UANNA", "ts-3", "Ja, hälsan avgör deltagandet");
			before.getBean(JdbcClient.class)
				.sql("insert into web_room values (:room, :key, 'restart-facilitator-key-01', current_timestamp)")
				.param("room", ROOM)
				.param("key", KEY)
				.update();
			conversation.handle(new Inbound(Channel.WEB, "web:facil", ROOM, "dialog start Kommunstyrelsen", null));
			JsonNode feed = feed(before, 0);
			assertThat(feed).extracting(message -> message.path("title").asString())
				.containsExactly("Dialogkedjan med Kommunstyrelsen", "Fråga 1 av 4");
			roomSeq = feed.get(1).path("seq").asLong();
			chainId = before.getBean(JdbcClient.class)
				.sql("select id from dialogue_chain where conversation = :c")
				.param("c", CHANNEL)
				.query(String.class)
				.single();
		}

		try (ConfigurableApplicationContext after = start(properties)) {
			JdbcClient jdbc = after.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from qrtz_triggers where trigger_name = :name")
				.param("name", ChainTimers.key(chainId).getName())
				.query(Integer.class)
				.single()).as("the open question's deadline survived in the job store").isOne();
			Conversation conversation = after.getBean(Conversation.class);
			RecordingOutbox outbox = after.getBean(RecordingOutbox.class);
			MutableClock clock = after.getBean(MutableClock.class);
			ChainTransitions dialogues = after.getBean(ChainTransitions.class);

			// An answer arriving after the restart lands on the question that was open
			// before it.
			hear(conversation, thread, "UBO", "ts-4", "Genom att fler kan delta");
			// A second start is still refused: the running chain was read back from the
			// database.
			assertThat(((Reply.TextReply) say(conversation, "UOTHER", "dialog start Kommunstyrelsen")).text())
				.contains("pågår redan");
			clock.advance(Duration.ofSeconds(31));
			dialogues.advanceDue();
			assertThat(outbox.cards(CHANNEL)).extracting(Reply.Card::title).containsExactly("Fråga 3 av 4");
			for (int question = 3; question <= 4; question++) {
				clock.advance(Duration.ofSeconds(31));
				dialogues.advanceDue();
			}

			// The web room's page, opened anew, shows the chain as it was and what came
			// since, in a sequence that went on.
			JsonNode room = feed(after, 0);
			assertThat(room).extracting(message -> message.path("title").asString())
				.startsWith("Dialogkedjan med Kommunstyrelsen", "Fråga 1 av 4", "Fråga 2 av 4");
			assertThat(feed(after, roomSeq)).isNotEmpty()
				.allSatisfy(message -> assertThat(message.path("seq").asLong()).isGreaterThan(roomSeq));

			List<Reply.Card> cards = outbox.cards(CHANNEL);
			Reply.Card summary = cards.get(cards.size() - 1);
			assertThat(summary.title()).isEqualTo("Sammanfattning: Dialogkedjan med Kultur- och fritidsnämnden");
			assertThat(summary.paragraphs().get(0)).contains("• Deltagare 1: Ett rikt fritidsliv",
					"• Deltagare 2: Kultur för alla");
			assertThat(summary.paragraphs().get(1)).contains("• Deltagare 1: Ja, hälsan avgör deltagandet",
					"• Deltagare 2: Genom att fler kan delta");
			assertThat(jdbc.sql("select state from dialogue_chain where id = :id")
				.param("id", chainId)
				.query(String.class)
				.single()).isEqualTo("FINISHED");
		}
	}

	private static JsonNode feed(ConfigurableApplicationContext app, long after) {
		String port = app.getEnvironment().getProperty("local.server.port");
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(
						"http://localhost:" + port + "/api/rooms/" + ROOM + "/messages?key=" + KEY + "&after=" + after))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return app.getBean(JsonMapper.class).readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static ConfigurableApplicationContext start(Map<String, Object> properties) {
		return new SpringApplicationBuilder(FyrenApplication.class, MutableClock.Config.class,
				RecordingOutbox.Config.class)
			// As arguments: the builder's own properties rank below application.yml.
			.run(properties.entrySet()
				.stream()
				.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new));
	}

	private static Reply say(Conversation conversation, String user, String text) {
		return conversation.handle(new Inbound(Channel.SLACK, user, CHANNEL, text, null));
	}

	private static void hear(Conversation conversation, String thread, String user, String message, String text) {
		assertThat(conversation.hear(new Heard(new Destination(Channel.SLACK, CHANNEL, thread), user, message, text,
				Heard.Change.NEW, null)))
			.isTrue();
	}

}
