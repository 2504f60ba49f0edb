package se.fyren.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
@ExtendWith(OutputCaptureExtension.class)
class DialogueWebTest extends DialogueAppTest {

	private final HttpClient http = HttpClient.newHttpClient();

	static final String FACILITATOR = "facilitator-browser-secret-0001";

	static final String ANNA = "anna-browser-secret-00000000001";

	static final String BO = "bo-browser-secret-0000000000001";

	/** Gives no name when answering. */
	static final String CARL = "carl-browser-secret-00000000001";

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
	void exportsASummaryAsMarkdownAndAsCsvThatSwedishExcelOpens() throws Exception {
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
		assertThat(links).isEqualTo("Markdown: http://localhost:" + port + "/api/dialogue/" + id + ".md?key=" + key
				+ "\nCSV: http://localhost:" + port + "/api/dialogue/" + id + ".csv?key=" + key);
		assertThat(key).as("128 random bits, URL-safe").matches("[A-Za-z0-9_-]{22}");

		HttpResponse<String> markdown = get("/api/dialogue/" + id + ".md?key=" + key);
		assertThat(markdown.statusCode()).isEqualTo(200);
		assertThat(markdown.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
		assertThat(markdown.body()).startsWith("# Sammanfattning: Dialogkedjan med Miljö- och byggnämnden\n\nStartad ")
			.contains("""

					## 1. Vad är ert huvudsakliga uppdrag och mål?

					- **Deltagare 1**: Planera, bygga och "ta hand om" miljön
					- **Deltagare 2**: Bostäder, \s
					  grönområden (ändrat)

					## 2. Har folkhälsoläget betydelse för detta?

					_(inga svar)_
					""");

		HttpResponse<String> csv = get("/api/dialogue/" + id + ".csv?key=" + key);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(csv.body()).isEqualTo("\uFEFFFråga nr;Fråga;Deltagare;Svar;Ändrat\r\n"
				+ "1;Vad är ert huvudsakliga uppdrag och mål?;Deltagare 1;\"Planera, bygga och \"\"ta hand om\"\" miljön\";nej\r\n"
				+ "1;Vad är ert huvudsakliga uppdrag och mål?;Deltagare 2;\"Bostäder,\ngrönområden\";ja\r\n");
		assertThat(markdown.body() + csv.body()).as("the chat gave no names: never the users' ids")
			.doesNotContain("UANNA")
			.doesNotContain("UBO");

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

	/**
	 * What participants write reads the same in the Markdown export but cannot run or
	 * link in a viewer that passes HTML through: a script in an answer was kept as
	 * written. The CSV already kept a formula from running.
	 */
	@Test
	void theMarkdownExportKeepsAnswersReadableButInertAndTheCsvKeepsFormulasFromRunning() throws Exception {
		String channel = "CINERT" + UUID.randomUUID().toString().substring(0, 6);
		say(channel, "UFACIL", "dialog start Nämnden <b>för</b> [skola](https://example.org)");
		Destination thread = new Destination(Channel.SLACK, channel, outbox.posts(channel).get(0).id());
		conversation.hear(new Heard(thread, "UANNA", "ts-a",
				"Bra <script>alert('x')</script> & [Läs här](https://evil.example/) ![spår](https://evil.example/p.png)",
				Heard.Change.NEW, null));
		conversation.hear(new Heard(thread, "UBO", "ts-b", "=2+5", Heard.Change.NEW, null));
		say(channel, "UFACIL", "dialog stopp");
		String id = jdbc.sql("select id from dialogue_chain where conversation = :c")
			.param("c", channel)
			.query(String.class)
			.single();
		String links = ((Reply.TextReply) say(channel, "UFACIL", "dialog export " + id)).text();
		String key = links.substring(links.indexOf("?key=") + 5, links.indexOf('\n'));

		HttpResponse<String> markdown = get("/api/dialogue/" + id + ".md?key=" + key);
		assertThat(markdown.statusCode()).isEqualTo(200);
		assertThat(markdown.body()).startsWith(
				"# Sammanfattning: Dialogkedjan med Nämnden &lt;b&gt;för&lt;/b&gt; \\[skola\\](https://example.org)\n")
			.contains("- **Deltagare 1**: Bra &lt;script&gt;alert('x')&lt;/script&gt; &amp; "
					+ "\\[Läs här\\](https://evil.example/) !\\[spår\\](https://evil.example/p.png)\n")
			.doesNotContain("<script")
			.doesNotContain("<b>")
			.doesNotContain("[Läs här]");

		HttpResponse<String> csv = get("/api/dialogue/" + id + ".csv?key=" + key);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).as("a spreadsheet reads the cell as text, not as a formula")
			.contains(";Deltagare 2;'=2+5;")
			.doesNotContain(";=2+5");
	}

	@Test
	void aWebRoomRunsAChainThatParticipantsAnswerByThreadAndByButton() throws Exception {
		Room made = newRoom();
		String room = made.room();
		String key = made.key();
		JsonNode started = json.readTree(post("/api/chat", """
				{"text": "dialog start Kommunstyrelsen", "conversation": "%s", "key": "%s", "locale": "sv"}"""
			.formatted(room, made.facilitatorKey()), FACILITATOR).body());
		assertThat(started.path("text").asString()).contains("har startat");

		JsonNode feed = json.readTree(get("/api/rooms/" + room + "/messages?after=0&key=" + key).body());
		assertThat(feed).hasSize(2);
		assertThat(feed.get(0).path("type").asString()).isEqualTo("card");
		assertThat(feed.get(0).path("title").asString()).isEqualTo("Dialogkedjan med Kommunstyrelsen");
		String thread = feed.get(0).path("id").asString();
		JsonNode question = feed.get(1);
		assertThat(question.path("thread").asString()).isEqualTo(thread);
		assertThat(question.path("title").asString()).isEqualTo("Fråga 1 av 4");
		String value = question.path("actions").get(0).path("value").asString();
		long seen = question.path("seq").asLong();

		assertThat(post("/api/rooms/" + room + "/messages?key=" + key, """
				{"thread": "%s", "text": "Attraktiv kommun", "name": "Anna Andersson"}""".formatted(thread), ANNA)
			.statusCode()).isEqualTo(200);
		// A no-break space is no answer (a Mac's Option and space, pasted text): the
		// button's field is read as a message is.
		assertThat(json.readTree(post("/api/click", """
				{"actionId": "dialogue.answer", "value": "%s", "input": "\u00a0 \u202f", "conversation": "%s",
				 "key": "%s"}""".formatted(value, room, key), BO).body()).path("text").asString())
			.isEqualTo("Skriv ett svar först.");
		assertThat(post("/api/click", """
				{"actionId": "dialogue.answer", "value": "%s", "input": "Trygghet", "conversation": "%s",
				 "key": "%s", "name": "Bo  Berg"}""".formatted(value, room, key), BO).statusCode()).isEqualTo(200);
		assertThat(post("/api/rooms/" + room + "/messages?key=" + key, """
				{"thread": "%s", "text": "Fler mötesplatser"}""".formatted(thread), CARL).statusCode()).isEqualTo(200);
		for (String blank : List.of("  ", "\\u00a0\\u202f")) {
			HttpResponse<String> empty = post("/api/rooms/" + room + "/messages?key=" + key, """
					{"thread": "%s", "text": "%s"}""".formatted(thread, blank), ANNA);
			assertThat(empty.statusCode()).as(blank).isEqualTo(400);
			assertThat(json.readTree(empty.body()).path("detail").asString()).isEqualTo("Skriv ett svar först.");
		}
		HttpResponse<String> elsewhere = post("/api/rooms/" + room + "/messages?key=" + key, """
				{"thread": "w0", "text": "Hej"}""", ANNA);
		assertThat(elsewhere.statusCode()).isEqualTo(400);
		// A malformed thread is not the room's name: the room's rule was said for it.
		HttpResponse<String> malformed = post("/api/rooms/" + room + "/messages?key=" + key, """
				{"thread": "inte en tråd", "text": "Hej"}""", ANNA);
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(json.readTree(malformed.body()).path("detail").asString()).startsWith("Meddelandet kunde inte läsas")
			.doesNotContain("Rummets namn");
		assertThat(get("/api/rooms/inte%20ett%20rum/messages").statusCode()).isEqualTo(400);

		// Only the facilitator steers; the participant's click is refused, even when it
		// names the facilitator as the old page did.
		assertThat(json.readTree(post("/api/click", """
				{"actionId": "dialogue.stop", "value": "%s", "conversation": "%s", "key": "%s",
				 "user": "%s"}""".formatted(value, room, key, FACILITATOR), ANNA).body()).path("text").asString())
			.startsWith("Bara den som startade");
		assertThat(post("/api/click", """
				{"actionId": "dialogue.stop", "value": "%s", "conversation": "%s", "key": "%s"}""".formatted(value,
				room, made.facilitatorKey()), FACILITATOR)
			.statusCode()).isEqualTo(204);

		JsonNode later = json.readTree(get("/api/rooms/" + room + "/messages?key=" + key + "&after=" + seen).body());
		assertThat(later).extracting(message -> message.path("id").asString())
			.containsExactly(question.path("id").asString(), later.get(1).path("id").asString());
		assertThat(later.get(0).path("actions")).isEmpty();
		JsonNode summary = later.get(1);
		assertThat(summary.path("title").asString()).isEqualTo("Sammanfattning: Dialogkedjan med Kommunstyrelsen");
		assertThat(summary.path("thread").asString()).isEqualTo(thread);
		// Each named as they gave their name when joining the room, the click's name as
		// the thread post's.
		assertThat(summary.path("paragraphs").get(1).asString()).contains("• Anna Andersson: Attraktiv kommun",
				"• Bo Berg: Trygghet", "• Deltagare 1: Fler mötesplatser");
		assertThat(get("/api/rooms/" + room + "/messages?after=0&key=" + key).body())
			.as("what anyone with the room's link reads names nobody by an id")
			.doesNotContain("web:")
			.doesNotContain(CARL);
	}

	/** The room's feed once its facilitator started a chain in it. */
	private JsonNode chainStartedIn(Room made) throws Exception {
		post("/api/chat", """
				{"text": "dialog start Kommunstyrelsen", "conversation": "%s", "key": "%s", "locale": "sv"}"""
			.formatted(made.room(), made.facilitatorKey()), FACILITATOR);
		return json.readTree(get("/api/rooms/" + made.room() + "/messages?after=0&key=" + made.key()).body());
	}

	@Test
	void aRoomAnswerThatIsNotSavedIsToldWhyAndNeverThatTheChainMovedOnWhenItDidNot() throws Exception {
		Room made = newRoom();
		String room = made.room();
		String key = made.key();
		JsonNode feed = chainStartedIn(made);
		String thread = feed.get(0).path("id").asString();
		String first = feed.get(1).path("id").asString();
		String value = feed.get(1).path("actions").get(0).path("value").asString();
		long seen = feed.get(1).path("seq").asLong();

		assertThat(answer(room, key, thread, first, "Under fråga ett").statusCode()).isEqualTo(200);
		// A thread that is no chain's: nothing moved on.
		assertThat(refusal(answer(room, key, "w0", null, "Hej")))
			.isEqualTo("Svaret sparades inte: det hör inte till någon dialogkedja i det här rummet.");

		// The chain moves on while a participant still writes under the first question.
		assertThat(post("/api/click", """
				{"actionId": "dialogue.next", "value": "%s", "conversation": "%s", "key": "%s"}""".formatted(value,
				room, made.facilitatorKey()), FACILITATOR)
			.statusCode()).isEqualTo(204);
		JsonNode later = json.readTree(get("/api/rooms/" + room + "/messages?key=" + key + "&after=" + seen).body());
		String second = later.get(later.size() - 1).path("id").asString();
		assertThat(later.get(later.size() - 1).path("title").asString()).isEqualTo("Fråga 2 av 4");
		assertThat(refusal(answer(room, key, thread, first, "Sent under fråga ett")))
			.isEqualTo("Svaret sparades inte: den frågan är stängd och dialogkedjan har gått vidare. "
					+ "Svara på frågan som är öppen nu.");
		assertThat(answer(room, key, thread, second, "Under fråga två").statusCode()).isEqualTo(200);

		// Ended: said so, not "saved", nor "answer the question open now".
		post("/api/click", """
				{"actionId": "dialogue.stop", "value": "%s", "conversation": "%s", "key": "%s"}"""
			.formatted(value.replace("/0", "/1"), room, made.facilitatorKey()), FACILITATOR);
		assertThat(refusal(answer(room, key, thread, second, "Efter slutet")))
			.isEqualTo("Dialogkedjan är avslutad, så svaret sparades inte.");
		assertThat(refusal(answer(room, key, thread, null, "Efter slutet, utan fråga")))
			.isEqualTo("Dialogkedjan är avslutad, så svaret sparades inte.");
		assertThat(json.readTree(post("/api/click", """
				{"actionId": "dialogue.answer", "value": "%s", "input": "Med knappen efter slutet",
				 "conversation": "%s", "key": "%s"}""".formatted(value.replace("/0", "/1"), room, key), BO).body())
			.path("text")
			.asString()).isEqualTo("Dialogkedjan är avslutad, så svaret sparades inte.");

		assertThat(jdbc.sql("""
				select a.step || ':' || a.answer_text from dialogue_answer a join dialogue_chain c on c.id = a.chain_id
				where c.conversation = :room order by a.step""").param("room", room).query(String.class).list())
			.containsExactly("0:Under fråga ett", "1:Under fråga två");
	}

	@Test
	void aMessageToFyrenInTheRoomAfterTheChainEndedIsAnsweredAsAQuestion() throws Exception {
		Room made = newRoom();
		String room = made.room();
		String key = made.key();
		JsonNode feed = chainStartedIn(made);
		String thread = feed.get(0).path("id").asString();
		String value = feed.get(1).path("actions").get(0).path("value").asString();
		post("/api/click", """
				{"actionId": "dialogue.stop", "value": "%s", "conversation": "%s", "key": "%s"}""".formatted(value,
				room, made.facilitatorKey()), FACILITATOR);
		JsonNode stopped = json.readTree(get("/api/rooms/" + room + "/messages?after=0&key=" + key).body());
		long seen = stopped.get(stopped.size() - 1).path("seq").asLong();

		HttpResponse<String> asked = answer(room, key, thread, null, "@Fyren vad är dialogkedjan?");

		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
		JsonNode answered = json.readTree(get("/api/rooms/" + room + "/messages?key=" + key + "&after=" + seen).body());
		assertThat(answered).hasSize(1);
		assertThat(answered.get(0).path("type").asString()).isEqualTo("answer");
		assertThat(answered.get(0).path("question").asString()).isEqualTo("vad är dialogkedjan?");
		assertThat(answered.get(0).path("found").asBoolean()).isTrue();
		// A plain answer in the thread is still told that it was not saved.
		assertThat(refusal(answer(room, key, thread, null, "Efter slutet")))
			.isEqualTo("Dialogkedjan är avslutad, så svaret sparades inte.");
	}

	@Test
	void aCommandInFullWidthLettersIsReadAsOneAndTheGroupKeptAsWritten() throws Exception {
		// A phone keyboard's or an input method's wide mode: the command was taken for a
		// question.
		Room made = newRoom();
		JsonNode started = json.readTree(post("/api/chat", """
				{"text": "ＤＩＡＬＯＧ ｓｔａｒｔ Ｓｏｃｉａｌｎämnden", "conversation": "%s", "key": "%s", "locale": "sv"}"""
			.formatted(made.room(), made.facilitatorKey()), FACILITATOR).body());

		assertThat(started.path("text").asString()).contains("har startat");
		assertThat(jdbc.sql("select group_name from dialogue_chain where conversation = :room")
			.param("room", made.room())
			.query(String.class)
			.single()).isEqualTo("Ｓｏｃｉａｌｎämnden");
		JsonNode feed = json.readTree(get("/api/rooms/" + made.room() + "/messages?after=0&key=" + made.key()).body());
		String thread = feed.get(0).path("id").asString();
		// A chain command written wide in the thread is no answer.
		answer(made.room(), made.key(), thread, null, "ｄｉａｌｏｇ ｎäｓｔａ");
		assertThat(jdbc
			.sql("select count(*) from dialogue_answer a join dialogue_chain c on c.id = a.chain_id "
					+ "where c.conversation = :room")
			.param("room", made.room())
			.query(Integer.class)
			.single()).isZero();
		assertThat(post("/api/chat", """
				{"text": "ｄｉａｌｏｇ　ｓｔｏｐｐ", "conversation": "%s", "key": "%s", "locale": "sv"}""".formatted(made.room(),
				made.facilitatorKey()), FACILITATOR)
			.statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select state from dialogue_chain where conversation = :room")
			.param("room", made.room())
			.query(String.class)
			.single()).isEqualTo("STOPPED");
	}

	private HttpResponse<String> answer(String room, String key, String thread, String question, String text)
			throws Exception {
		return post("/api/rooms/" + room + "/messages?key=" + key, """
				{"thread": "%s", "question": %s, "text": "%s"}""".formatted(thread,
				question == null ? "null" : '"' + question + '"', text), ANNA);
	}

	private String refusal(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(400);
		return json.readTree(response.body()).path("detail").asString();
	}

	@Test
	void aRoomIsReadAndWrittenOnlyWithItsKeyAndParticipantsGetNoSteeringButtons() throws Exception {
		Room made = newRoom();
		Room other = newRoom();
		assertThat(List.of(made.room(), made.key(), made.facilitatorKey())).as("128 random bits each")
			.allSatisfy(secret -> assertThat(secret).matches("[A-Za-z0-9_-]{22}"))
			.doesNotHaveDuplicates();
		String room = made.room();
		assertThat(post("/api/chat", """
				{"text": "dialog start Kommunstyrelsen", "conversation": "%s", "key": "%s"}""".formatted(room,
				made.facilitatorKey()), FACILITATOR)
			.statusCode()).isEqualTo(200);

		HttpResponse<String> unknown = get("/api/rooms/" + room + "/messages?after=0");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(json.readTree(unknown.body()).path("detail").asString())
			.isEqualTo("Rummet finns inte, eller länken är inte hel. Be samtalsledaren om länken igen.");
		for (String refused : List.of("", "?key=", "?key=" + made.key() + "x", "?key=" + other.key(),
				"?key=" + made.key().substring(1))) {
			HttpResponse<String> response = get("/api/rooms/" + room + "/messages" + refused);
			assertThat(response.statusCode()).as(refused).isEqualTo(404);
			assertThat(response.body()).as("no more said than for an unknown room").doesNotContain("Kommunstyrelsen");
			assertThat(get("/api/rooms/" + room + refused).statusCode()).as(refused).isEqualTo(404);
		}
		JsonNode participantsFeed = json.readTree(get("/api/rooms/" + room + "/messages?key=" + made.key()).body());
		String thread = participantsFeed.get(0).path("id").asString();
		assertThat(post("/api/rooms/" + room + "/messages", """
				{"thread": "%s", "text": "Utan nyckel"}""".formatted(thread), ANNA).statusCode()).isEqualTo(404);
		assertThat(post("/api/rooms/" + room + "/messages?key=" + other.key(), """
				{"thread": "%s", "text": "Fel nyckel"}""".formatted(thread), ANNA).statusCode()).isEqualTo(404);
		assertThat(post("/api/chat", """
				{"text": "dialog stopp", "conversation": "%s"}""".formatted(room), FACILITATOR).statusCode())
			.isEqualTo(404);
		assertThat(jdbc
			.sql("select count(*) from dialogue_answer a join dialogue_chain c on c.id = a.chain_id "
					+ "where c.conversation = :room")
			.param("room", room)
			.query(Integer.class)
			.single()).isZero();

		// The participants' link shows the question and its Svara button only; the
		// facilitator's own view steers.
		assertThat(participantsFeed.get(1).path("actions")).extracting(action -> action.path("id").asString())
			.containsExactly("dialogue.answer");
		JsonNode facilitatorsFeed = json
			.readTree(get("/api/rooms/" + room + "/messages?key=" + made.facilitatorKey()).body());
		assertThat(facilitatorsFeed.get(1).path("actions")).extracting(action -> action.path("id").asString())
			.containsExactly("dialogue.answer", "dialogue.next", "dialogue.more", "dialogue.skip", "dialogue.stop");
		JsonNode facilitatorsView = json.readTree(get("/api/rooms/" + room + "?key=" + made.facilitatorKey()).body());
		assertThat(facilitatorsView.path("facilitator").asBoolean()).isTrue();
		assertThat(facilitatorsView.path("participantKey").asString()).isEqualTo(made.key());
		JsonNode participantsView = json.readTree(get("/api/rooms/" + room + "?key=" + made.key()).body());
		assertThat(participantsView.path("facilitator").asBoolean()).isFalse();
		assertThat(participantsView.path("participantKey").isNull()).isTrue();
	}

	@Test
	void aTemplateIsNamedWithTheLettersItsFileNameLeavesOut() throws Exception {
		// "åtgärdsmatris" was taken for the group's first word and the default chain
		// started for "åtgärdsmatris Socialnämnden".
		Room made = newRoom();
		JsonNode started = json.readTree(post("/api/chat",
				"""
						{"text": "dialog start åtgärdsmatris Socialnämnden", "conversation": "%s", "key": "%s", "locale": "sv"}"""
					.formatted(made.room(), made.facilitatorKey()),
				FACILITATOR)
			.body());

		assertThat(started.path("text").asString())
			.isEqualTo("Generella och riktade åtgärder med Socialnämnden har startat. Frågorna kommer här i rummet.");
	}

	@Test
	void aChainStartedInThePrivateChatIsToldToGoToARoomInTheWebChatsWords() throws Exception {
		// It was told of channels as well as rooms, the words every chat shares.
		JsonNode sv = json.readTree(post("/api/chat", """
				{"text": "dialog start Kommunstyrelsen", "locale": "sv"}""", FACILITATOR).body());
		JsonNode en = json.readTree(post("/api/chat", """
				{"text": "dialog start the board", "locale": "en"}""", FACILITATOR).body());

		// The address of a room named by hand leads nowhere: a room is opened by the
		// page, with its keys.
		assertThat(sv.path("text").asString()).startsWith("Dialogkedjan körs i ett rum som gruppen delar")
			.contains("Ladda om sidan")
			.doesNotContain("kanal")
			.doesNotContain("/?room=");
		assertThat(en.path("text").asString()).startsWith("The dialogue chain runs in a room the group shares")
			.doesNotContain("channel");
	}

	@Test
	void aConversationTooLongForARoomIsRefusedAtTheEdgeAndAFailedStartLeavesNoChainRunning() throws Exception {
		String tooLong = "r".repeat(100);
		HttpResponse<String> refused = post("/api/chat", """
				{"text": "dialog start Kommunstyrelsen", "conversation": "%s"}""".formatted(tooLong), FACILITATOR);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(chainsIn(tooLong)).isZero();

		// A start message that cannot be posted at all stops the chain it belonged to,
		// so the conversation is free for the next try.
		String crashing = "crashes-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(((Reply.TextReply) say(crashing, "UFACIL", "dialog start Kommunstyrelsen")).text())
			.startsWith("Jag kunde inte skriva i kanalen");
		assertThat(((Reply.TextReply) say(crashing, "UFACIL", "dialog start Kommunstyrelsen")).text())
			.as("not 'already running'")
			.startsWith("Jag kunde inte skriva i kanalen");
		assertThat(jdbc.sql("select count(*) from dialogue_chain where conversation = :c and state = 'RUNNING'")
			.param("c", crashing)
			.query(Integer.class)
			.single()).isZero();
	}

	private int chainsIn(String conversation) {
		return jdbc.sql("select count(*) from dialogue_chain where conversation = :c")
			.param("c", conversation)
			.query(Integer.class)
			.single();
	}

	@Test
	void aMentionInTheChainsThreadInAWebRoomIsRecordedAsAnAnswerWithoutTheMention() throws Exception {
		Room made = newRoom();
		String room = made.room();
		String key = made.key();
		post("/api/chat", """
				{"text": "dialog start Kommunstyrelsen", "conversation": "%s", "key": "%s", "locale": "sv"}"""
			.formatted(room, key), FACILITATOR);
		JsonNode feed = json.readTree(get("/api/rooms/" + room + "/messages?after=0&key=" + key).body());
		String thread = feed.get(0).path("id").asString();
		long seen = feed.get(1).path("seq").asLong();

		String said = "Vårt uppdrag är att alla barn ska lyckas i skolan";
		assertThat(post("/api/rooms/" + room + "/messages?key=" + key, """
				{"thread": "%s", "text": "@Fyren %s"}""".formatted(thread, said), ANNA).statusCode()).isEqualTo(200);

		assertThat(jdbc.sql("""
				select a.answer_text from dialogue_answer a join dialogue_chain c on c.id = a.chain_id
				where c.conversation = :room""").param("room", room).query(String.class).list()).containsExactly(said);
		assertThat(json.readTree(get("/api/rooms/" + room + "/messages?key=" + key + "&after=" + seen).body()))
			.isEmpty();
	}

	@Test
	void theWebChatShowsNeitherSlackMarkupNorSlackWords() throws Exception {
		Room made = newRoom();
		String room = made.room();
		List<JsonNode> replies = new java.util.ArrayList<>();
		for (String said : List.of("dialog", "dialog start Kommunstyrelsen", "dialog start Kommunstyrelsen",
				"dialog nästa", "dialog stopp")) {
			HttpResponse<String> reply = post("/api/chat", """
					{"text": "%s", "conversation": "%s", "key": "%s", "locale": "sv"}""".formatted(said, room,
					made.facilitatorKey()), FACILITATOR);
			assertThat(reply.body()).as(said).doesNotContain("*", "tråd", "kanal");
			replies.add(json.readTree(reply.body()));
		}
		String feed = get("/api/rooms/" + room + "/messages?after=0&key=" + made.key()).body();
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
	void theTemplatesAreListedEachWithItsTitleAndTheExampleNamesOneOfThem() throws Exception {
		// Before, every id was pasted into the example: "dialog start atgardsmatris,
		// dialogkedjan <grupp>".
		assertThat(json.readTree(post("/api/chat", "{\"text\": \"dialog mallar\"}", FACILITATOR).body())
			.path("text")
			.asString()).isEqualTo("""
					Mallar för dialogkedjan:
					• atgardsmatris – Generella och riktade åtgärder
					• dialogkedjan – Dialogkedjan
					Skriv till exempel dialog start atgardsmatris <grupp>.""");
		assertThat(json
			.readTree(post("/api/chat", "{\"text\": \"dialog templates\", \"locale\": \"en\"}", FACILITATOR).body())
			.path("text")
			.asString()).endsWith("\nType for example dialog start atgardsmatris <group>.");
	}

	@Test
	void theLogNamesAChainByItsIdNeverByTheGroupOrATemplateAsTyped(CapturedOutput output) throws Exception {
		Room made = newRoom();
		for (String said : List.of("dialog start mall:hemligamallen Barn- och utbildningsnämnden i Loggby",
				"dialog start Barn- och utbildningsnämnden i Loggby", "dialog stopp")) {
			assertThat(post("/api/chat", """
					{"text": "%s", "conversation": "%s", "key": "%s"}""".formatted(said, made.room(),
					made.facilitatorKey()), FACILITATOR)
				.statusCode()).isEqualTo(200);
		}

		assertThat(output.getAll()).contains("Dialogue start with an unknown template", "Dialogue chain ")
			.doesNotContain("Loggby")
			.doesNotContain("hemligamallen");
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

	record Room(String room, String key, String facilitatorKey) {
	}

	/** A room as the page makes one: a random name and its two keys. */
	private Room newRoom() throws Exception {
		JsonNode made = json.readTree(post("/api/rooms", "{}", FACILITATOR).body());
		return new Room(made.path("room").asString(), made.path("key").asString(),
				made.path("facilitatorKey").asString());
	}

	private Reply say(String channel, String user, String text) {
		return conversation.handle(new Inbound(Channel.SLACK, user, channel, text, null));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A browser's secret cookie, as the server would have set it. */
	private HttpResponse<String> post(String path, String body, String browser) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Cookie", "fyren-browser=" + browser)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
