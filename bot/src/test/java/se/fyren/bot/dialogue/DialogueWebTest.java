package se.fyren.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;

/**
 * The chain over real HTTP: the exports, a chain run in a web room, and the prep card
 * over the real index.
 */
class DialogueWebTest extends DialogueAppTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Conversation conversation;

	@Autowired
	RecordingOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void exportsASummaryAsMarkdownAndAsRfc4180Csv() throws Exception {
		String channel = "CEXPORT" + UUID.randomUUID().toString().substring(0, 6);
		say(channel, "UFACIL", "dialog start Miljö- och byggnämnden");
		Destination thread = new Destination(Channel.SLACK, channel, outbox.posts(channel).get(0).id());
		conversation.hear(
				new Heard(thread, "UANNA", "ts-a", "Planera, bygga och \"ta hand om\" miljön", Heard.Change.NEW, null));
		conversation.hear(new Heard(thread, "UBO", "ts-b", "Bostäder\ngrönområden", Heard.Change.NEW, null));
		conversation.hear(new Heard(thread, "UBO", "ts-b", "Bostäder,\ngrönområden", Heard.Change.EDITED, null));
		say(channel, "UFACIL", "dialog stopp");
		String id = jdbc.sql("select id from dialogue_chain where conversation = :c")
			.param("c", channel)
			.query(String.class)
			.single();

		String links = ((Reply.TextReply) say(channel, "UFACIL", "dialog export " + id)).text();
		String key = links.substring(links.indexOf("?key=") + 5, links.indexOf('\n'));
		assertThat(links).isEqualTo("Markdown: http://localhost:8080/api/dialogue/" + id + ".md?key=" + key
				+ "\nCSV: http://localhost:8080/api/dialogue/" + id + ".csv?key=" + key);
		assertThat(key).as("128 random bits, URL-safe").matches("[A-Za-z0-9_-]{22}");

		HttpResponse<String> markdown = get("/api/dialogue/" + id + ".md?key=" + key);
		assertThat(markdown.statusCode()).isEqualTo(200);
		assertThat(markdown.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
		assertThat(markdown.body()).startsWith("# Sammanfattning: Dialogkedjan med Miljö- och byggnämnden\n\nStartad ")
			.contains("""

					## 1. Vad är ert huvudsakliga uppdrag och mål?

					- **UANNA**: Planera, bygga och "ta hand om" miljön
					- **UBO**: Bostäder, \s
					  grönområden (ändrat)

					## 2. Har folkhälsoläget betydelse för detta?

					_(inga svar)_
					""");

		HttpResponse<String> csv = get("/api/dialogue/" + id + ".csv?key=" + key);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(csv.body()).isEqualTo("Fråga nr,Fråga,Deltagare,Svar,Ändrat\r\n"
				+ "1,Vad är ert huvudsakliga uppdrag och mål?,UANNA,\"Planera, bygga och \"\"ta hand om\"\" miljön\",nej\r\n"
				+ "1,Vad är ert huvudsakliga uppdrag och mål?,UBO,\"Bostäder,\ngrönområden\",ja\r\n");

		HttpResponse<String> unknown = get("/api/dialogue/finnsinte.csv?key=" + key);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body())
			.isEqualTo("Den exporten finns inte. Be samtalsledaren om en ny länk (dialog export <id>).");
		String otherKey = (key.charAt(0) == 'A' ? "B" : "A") + key.substring(1);
		for (String refused : List.of(".md", ".csv", ".md?key=", ".csv?key=" + otherKey, ".md?key=" + key + "x",
				".md?key=" + key.substring(1))) {
			HttpResponse<String> response = get("/api/dialogue/" + id + refused);
			assertThat(response.statusCode()).as(refused).isEqualTo(404);
			assertThat(response.body()).as("no more said than for an unknown chain").isEqualTo(unknown.body());
		}
	}

	@Test
	void aWebRoomRunsAChainThatParticipantsAnswerByThreadAndByButton() throws Exception {
		String room = "mote-" + UUID.randomUUID().toString().substring(0, 8);
		JsonNode started = json.readTree(post("/api/chat", """
				{"text": "dialog start Kommunstyrelsen", "conversation": "%s", "user": "facil", "locale": "sv"}"""
			.formatted(room)).body());
		assertThat(started.path("text").asString()).contains("har startat");

		JsonNode feed = json.readTree(get("/api/rooms/" + room + "/messages?after=0").body());
		assertThat(feed).hasSize(2);
		assertThat(feed.get(0).path("type").asString()).isEqualTo("card");
		assertThat(feed.get(0).path("title").asString()).isEqualTo("Dialogkedjan med Kommunstyrelsen");
		String thread = feed.get(0).path("id").asString();
		JsonNode question = feed.get(1);
		assertThat(question.path("thread").asString()).isEqualTo(thread);
		assertThat(question.path("title").asString()).isEqualTo("Fråga 1 av 4");
		String value = question.path("actions").get(0).path("value").asString();
		long seen = question.path("seq").asLong();

		assertThat(post("/api/rooms/" + room + "/messages", """
				{"thread": "%s", "text": "Attraktiv kommun", "user": "anna", "name": "Anna Andersson"}"""
			.formatted(thread)).statusCode()).isEqualTo(200);
		assertThat(post("/api/click", """
				{"actionId": "dialogue.answer", "value": "%s", "input": "Trygghet", "conversation": "%s", "user": "bo",
				 "name": "Bo  Berg"}""".formatted(value, room)).statusCode()).isEqualTo(200);
		HttpResponse<String> empty = post("/api/rooms/" + room + "/messages", """
				{"thread": "%s", "text": "  ", "user": "anna"}""".formatted(thread));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(json.readTree(empty.body()).path("detail").asString()).isEqualTo("Skriv ett svar först.");
		HttpResponse<String> elsewhere = post("/api/rooms/" + room + "/messages", """
				{"thread": "w0", "text": "Hej", "user": "anna"}""");
		assertThat(elsewhere.statusCode()).isEqualTo(400);
		assertThat(get("/api/rooms/inte%20ett%20rum/messages").statusCode()).isEqualTo(400);

		// Only the facilitator steers; the participant's click is refused.
		assertThat(json
			.readTree(post("/api/click",
					"""
							{"actionId": "dialogue.stop", "value": "%s", "conversation": "%s", "user": "anna"}"""
						.formatted(value, room))
				.body())
			.path("text")
			.asString()).startsWith("Bara den som startade");
		assertThat(post("/api/click", """
				{"actionId": "dialogue.stop", "value": "%s", "conversation": "%s", "user": "facil"}""".formatted(value,
				room))
			.statusCode()).isEqualTo(204);

		JsonNode later = json.readTree(get("/api/rooms/" + room + "/messages?after=" + seen).body());
		assertThat(later).extracting(message -> message.path("id").asString())
			.containsExactly(question.path("id").asString(), later.get(1).path("id").asString());
		assertThat(later.get(0).path("actions")).isEmpty();
		JsonNode summary = later.get(1);
		assertThat(summary.path("title").asString()).isEqualTo("Sammanfattning: Dialogkedjan med Kommunstyrelsen");
		assertThat(summary.path("thread").asString()).isEqualTo(thread);
		// Each named as they gave their name when joining the room, the click's name as
		// the thread post's.
		assertThat(summary.path("paragraphs").get(1).asString()).contains("• Anna Andersson: Attraktiv kommun",
				"• Bo Berg: Trygghet");
	}

	@Test
	void aMentionInTheChainsThreadInAWebRoomIsRecordedAsAnAnswerWithoutTheMention() throws Exception {
		String room = "mote-" + UUID.randomUUID().toString().substring(0, 8);
		post("/api/chat", """
				{"text": "dialog start Kommunstyrelsen", "conversation": "%s", "user": "facil", "locale": "sv"}"""
			.formatted(room));
		JsonNode feed = json.readTree(get("/api/rooms/" + room + "/messages?after=0").body());
		String thread = feed.get(0).path("id").asString();
		long seen = feed.get(1).path("seq").asLong();

		String said = "Vårt uppdrag är att alla barn ska lyckas i skolan";
		assertThat(post("/api/rooms/" + room + "/messages", """
				{"thread": "%s", "text": "@Fyren %s", "user": "anna"}""".formatted(thread, said)).statusCode())
			.isEqualTo(200);

		assertThat(jdbc.sql("""
				select a.answer_text from dialogue_answer a join dialogue_chain c on c.id = a.chain_id
				where c.conversation = :room""").param("room", room).query(String.class).list()).containsExactly(said);
		assertThat(json.readTree(get("/api/rooms/" + room + "/messages?after=" + seen).body())).isEmpty();
	}

	@Test
	void theWebChatShowsNeitherSlackMarkupNorSlackWords() throws Exception {
		String room = "mote-" + UUID.randomUUID().toString().substring(0, 8);
		List<JsonNode> replies = new java.util.ArrayList<>();
		for (String said : List.of("dialog", "dialog start Kommunstyrelsen", "dialog start Kommunstyrelsen",
				"dialog nästa", "dialog stopp")) {
			HttpResponse<String> reply = post("/api/chat", """
					{"text": "%s", "conversation": "%s", "user": "facil", "locale": "sv"}""".formatted(said, room));
			assertThat(reply.body()).as(said).doesNotContain("*", "tråd", "kanal");
			replies.add(json.readTree(reply.body()));
		}
		String feed = get("/api/rooms/" + room + "/messages?after=0").body();
		assertThat(feed).doesNotContain("*", "tråd", "kanal").contains("Svara här i rummet");

		// The markup is there as escaped HTML for the page.
		assertThat(replies.get(0).path("html").asString()).contains("<strong>dialog förbered &lt;grupp&gt;</strong>");
		assertThat(replies.get(2).path("text").asString())
			.isEqualTo("En dialogkedja med Kommunstyrelsen pågår redan i rummet. Avsluta den först med dialog stopp, "
					+ "eller starta den nya i ett annat rum.");
		assertThat(json.readTree(feed).get(1).path("paragraphsHtml").get(0).asString())
			.isEqualTo("<strong>Vad är ert huvudsakliga uppdrag och mål?</strong>");
	}

	@Test
	void thePrepCardCitesTheReportsNamesTheTargetAreasAndStartsTheChain() {
		String channel = "CPREP" + UUID.randomUUID().toString().substring(0, 6);
		Reply.Card card = (Reply.Card) say(channel, "UFACIL", "dialog förbered Barn- och utbildningsnämnden");

		assertThat(card.title()).isEqualTo("Förberedelse: Barn- och utbildningsnämnden");
		assertThat(card.paragraphs().get(0)).startsWith("Utgå från gruppens eget uppdrag och mål");
		assertThat(card.sources()).isNotEmpty().allSatisfy(source -> assertThat(source.passage()).isNotBlank());
		assertThat(card.paragraphs()).hasSize(4);
		assertThat(card.paragraphs().get(1)).contains("det tidiga livet");
		assertThat(card.paragraphs().get(3))
			.contains("1. Det tidiga livets villkor", "2. Kunskaper, kompetenser och utbildning")
			.doesNotContain("Boende");
		Reply.Action start = card.actions().get(0);
		assertThat(start.label()).isEqualTo("Starta dialogkedjan");

		conversation.click(new Clicked(new Destination(Channel.SLACK, channel, null), "UFACIL", null, start.id(),
				start.value(), null, null));

		assertThat(outbox.cards(channel)).extracting(Reply.Card::title)
			.containsExactly("Dialogkedjan med Barn- och utbildningsnämnden", "Fråga 1 av 4");
	}

	private Reply say(String channel, String user, String text) {
		return conversation.handle(new Inbound(Channel.SLACK, user, channel, text, null));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
