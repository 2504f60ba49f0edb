package se.fyren.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.FyrenApplication;
import se.fyren.bot.MutableClock;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;

/**
 * Production's database: the chain's migration, its one-running-chain constraint and its
 * timers on PostgreSQL.
 */
class DialoguePostgresTest {

	static final String CHANNEL = "CPOSTGRES";

	@Test
	void aChainRunsOnPostgresql() throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			Map<String, Object> properties = DialogueTestSupport.properties(postgres.getJdbcUrl("postgres", "postgres"),
					DialogueTestSupport.freshDataDir(), "postgres-" + UUID.randomUUID());
			properties.put("spring.datasource.username", "postgres");
			properties.put("fyren.knowledge.index-on-start", "false");
			properties.put("server.port", "0");
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FyrenApplication.class,
					MutableClock.Config.class, RecordingOutbox.Config.class)
				.run(properties.entrySet()
					.stream()
					.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
					.toArray(String[]::new))) {
				Conversation conversation = context.getBean(Conversation.class);
				RecordingOutbox outbox = context.getBean(RecordingOutbox.class);
				say(conversation, "UFACIL", "dialog start Socialnämnden anonymt");
				assertThat(((Reply.TextReply) say(conversation, "UBO", "dialog start Kommunstyrelsen")).text())
					.contains("pågår redan");
				Destination thread = new Destination(Channel.SLACK, CHANNEL, outbox.posts(CHANNEL).get(0).id());
				conversation.hear(new Heard(thread, "UANNA", "ts-1", "Trygg försörjning", Heard.Change.NEW, null));
				conversation.hear(new Heard(thread, "UANNA", "ts-1", "Trygg försörjning", Heard.Change.NEW, null));
				conversation.hear(new Heard(thread, "UBO", "ts-2", "Stöd", Heard.Change.NEW, null));
				conversation.hear(new Heard(thread, "UBO", "ts-2", "Stöd till familjer", Heard.Change.EDITED, null));
				// A chain in a web room too: its feed is posted, updated and trimmed in
				// PostgreSQL.
				conversation
					.handle(new Inbound(Channel.WEB, "web:facil", "rum-pg", "dialog start Kommunstyrelsen", null));
				MutableClock clock = context.getBean(MutableClock.class);
				ChainTransitions dialogues = context.getBean(ChainTransitions.class);
				for (int question = 1; question <= 4; question++) {
					clock.advance(Duration.ofSeconds(30));
					dialogues.advanceDue();
				}

				Reply.Card summary = outbox.cards(CHANNEL).get(outbox.cards(CHANNEL).size() - 1);
				assertThat(summary.paragraphs().get(0)).contains("• Deltagare 1: Trygg försörjning",
						"• Deltagare 2: Stöd till familjer (ändrat)");
				JdbcClient jdbc = context.getBean(JdbcClient.class);
				assertThat(jdbc.sql("select state from dialogue_chain where conversation = :c")
					.param("c", CHANNEL)
					.query(String.class)
					.single()).isEqualTo("FINISHED");
				assertThat(jdbc.sql("""
						select count(*), count(distinct message_id) from web_room_message where room = 'rum-pg'""")
					.query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2)))
					.single()).as("start, four closed questions (latest version only), summary").containsExactly(6, 6);
				// The next chain in the same channel may start now that the first is
				// over.
				assertThat(((Reply.TextReply) say(conversation, "UBO", "dialog start Kommunstyrelsen")).text())
					.contains("har startat");
			}
		}
	}

	private static Reply say(Conversation conversation, String user, String text) {
		return conversation.handle(new Inbound(Channel.SLACK, user, CHANNEL, text, null));
	}

}
