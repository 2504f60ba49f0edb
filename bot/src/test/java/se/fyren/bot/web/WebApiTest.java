package se.fyren.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.fyren.bot.TestFeature;
import se.fyren.bot.ask.AnswerLog;
import se.fyren.bot.ask.AnswerView;
import se.fyren.bot.ask.Questions;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatCommand;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.knowledge.KnowledgeBase;

/** The JSON API end to end: real HTTP, real index over the corpus, real database. */
@ExtendWith(OutputCaptureExtension.class)
class WebApiTest extends WebTestSupport {

	static final String KINGDON = "Vilka tre strömmar ingår i Kingdons modell?";

	static final String KINGDON_DOC = "jamlik-halsa-sektorsovergripande-kursmanual";

	static final String UNANSWERABLE = "Vad kostar ett månadskort i kollektivtrafiken för pensionärer i Dalarna?";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	TestFeature feature;

	@Autowired
	AnswerLog answers;

	@Autowired
	Conversation conversation;

	@Autowired
	Questions questions;

	@Autowired
	List<ChatCommand> commands;

	@Test
	void helpIsFoundTheWayPeopleAskForItAndRealQuestionsStillReachTheReports() throws Exception {
		for (String asking : List.of("Hjälp!", "vad kan du göra?", "What can you do?")) {
			assertThat(json.readTree(post("/api/chat", "{\"text\": \"%s\"}".formatted(asking)).body())
				.path("type")
				.asString()).as(asking).isEqualTo("help");
		}
		assertThat(json.readTree(post("/api/chat", "{\"text\": \"Vilken hjälp finns för barnfamiljer?\"}").body())
			.path("type")
			.asString()).isEqualTo("answer");
	}

	@Test
	void greetingsAndThanksGetAShortReplyInTheirOwnLanguageAndAQuestionAfterAGreetingIsAnswered() throws Exception {
		// Before, "Hej Fyren" got the reports' theme areas and "tack!" a sentence
		// thanking
		// for cooperation, both as answers found.
		for (String greeting : List.of("Hej Fyren", "hej!", "God morgon 👋")) {
			JsonNode reply = chat(greeting, "sv");
			assertThat(reply.path("type").asString()).as(greeting).isEqualTo("text");
			assertThat(reply.path("text").asString()).as(greeting)
				.startsWith("Hej! Jag är Fyren.")
				.contains("skriv hjälp");
			// The command is marked as every command is, and the page shows it bold.
			assertThat(reply.path("html").asString()).as(greeting).contains("skriv <strong>hjälp</strong>");
		}
		assertThat(chat("hello", "sv").path("text").asString()).startsWith("Hello! I am Fyren.").contains("write help");
		assertThat(chat("tack!", "sv").path("text").asString()).startsWith("Varsågod!");
		assertThat(chat("Thank you 🙏", "sv").path("text").asString()).startsWith("You’re welcome!");
		assertThat(chat("tack!", "sv").has("found")).as("not an answer").isFalse();

		JsonNode question = chat("hej, vad säger rapporterna om barnfattigdom?", "sv");
		assertThat(question.path("type").asString()).isEqualTo("answer");
		assertThat(chat("Hej Fyren, vad kan du göra?", "sv").path("type").asString()).isEqualTo("help");
	}

	/**
	 * The page tells a command from a question by the patterns it is given, the ones the
	 * commands themselves answer by: a message they match is answered by its command,
	 * never looked up in the reports, and one they do not match is a question. Commands
	 * known by more than their first word, help and greetings among them.
	 */
	@Test
	void theCommandPatternsThePageIsGivenAreAnsweredByTheirCommands() throws Exception {
		List<Pattern> patterns = new ArrayList<>();
		json.readTree(get("/api/commands").body())
			.path("patterns")
			.forEach(source -> patterns.add(pattern(source.asString())));

		List<String> commands = List.of("fönster", "Fönster region", "årshjul 2027", "arshjul", "prenumerera",
				"avsluta", "dialog", "dialog mallar", "bevaka", "follow", "unfollow barn", "signal barn problem: x",
				"radar", "Radar barn", "sluta bevaka barn", "sluta  bevaka", "ta bort signal 3", "delete signal 3",
				"ändra signal 3: ny text", "edit signal 2 x", "dokument", "Documents", "glöm budget.pdf",
				"forget \"budget\"", "glöm", "läs in", "läs in https://example.org/rapport.pdf",
				"läs in <https://example.org/a.pdf|a>", "hjälp", "Hjälp!", "help", "?", "Hej Fyren, vad kan du göra?",
				"what can you do", "hej", "Hej Fyren!", "God morgon 👋", "hello", "tack så mycket", "Thank you 🙏",
				"👍", "...", "testkort");
		List<String> questions = List.of(KINGDON, "hej, vad säger rapporterna om barnfattigdom?",
				"hjälp till barnfamiljer", "Vilken hjälp finns för barnfamiljer?", "dokument om skolan",
				"läs in rapporten om skolan", "radarn", "signalen", "tackar för senast, vad gäller nu?",
				"dialogen om skolan");
		for (String command : commands) {
			assertThat(patterns).as(command).anyMatch(pattern -> pattern.matcher(command).matches());
			assertThat(chat(command, "sv").path("type").asString()).as(command).isNotEqualTo("answer");
		}
		for (String question : questions) {
			assertThat(patterns).as(question).noneMatch(pattern -> pattern.matcher(question).matches());
			assertThat(chat(question, "sv").path("type").asString()).as(question).isEqualTo("answer");
		}
	}

	/**
	 * The page opens a room for a chain's start and gives a wheel's command the calendar
	 * chosen last by the patterns it is given: the commands' own.
	 */
	@Test
	void thePageIsGivenWhichCommandsStartARoomAndWhichNameACalendar() throws Exception {
		JsonNode given = json.readTree(get("/api/commands").body());
		List<Pattern> startsRoom = new ArrayList<>();
		given.path("startsRoom").forEach(source -> startsRoom.add(pattern(source.asString())));
		List<Pattern> takesCalendar = new ArrayList<>();
		given.path("takesCalendar").forEach(source -> takesCalendar.add(pattern(source.asString())));

		for (String start : List.of("dialog start Kommunstyrelsen", "Dialog  starta mall:budget KS anonymt",
				"dialog start")) {
			assertThat(startsRoom).as(start).anyMatch(pattern -> pattern.matcher(start).matches());
		}
		for (String other : List.of("dialog mallar", "dialog startar", "fönster", "starta dialog")) {
			assertThat(startsRoom).as(other).noneMatch(pattern -> pattern.matcher(other).matches());
		}
		assertThat(takesCalendar).hasSize(1);
		Matcher year = takesCalendar.get(0).matcher("Årshjul kommun 2027");
		assertThat(year.matches()).isTrue();
		assertThat(List.of(year.group(1), year.group(2))).containsExactly("Årshjul", " kommun 2027");
		for (String word : List.of("fönster", "fonster", "årshjul", "arshjul")) {
			assertThat(takesCalendar.get(0).matcher(word).matches()).as(word).isTrue();
		}
		assertThat(takesCalendar.get(0).matcher("fönster" + " a".repeat(4_000)).matches()).isTrue();
		for (String other : List.of("prenumerera kommun", "avsluta kommun", "fönstret", "radar")) {
			assertThat(takesCalendar.get(0).matcher(other).matches()).as(other).isFalse();
		}
	}

	private static Pattern pattern(String source) {
		return Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * Every command but the question names the messages it answers: one that did not
	 * would be shown as a search of the reports while on its way.
	 */
	/**
	 * The page reads a no-break space (pasted text carries it, and a Mac types it with
	 * Option and space) and the other Unicode spaces as white space, as JavaScript's
	 * {@code \s} and {@code trim()} do, and says a command is on its way: the server
	 * reads them so too, and answers the command, not from the reports (Java's {@code \s}
	 * and {@code strip()} do not take them for white space).
	 */
	@Test
	void aMessageWithUnicodeSpacesIsReadAsThePageReadsIt() throws Exception {
		for (String space : List.of("\u00a0", "\u202f", "\u2007", "\u3000", "\ufeff")) {
			String shown = "U+%04X".formatted((int) space.charAt(0));
			assertThat(chat("hjälp" + space, "sv").path("type").asString()).as(shown).isEqualTo("help");
			assertThat(chat(space + "Hjälp" + space + "mig", "sv").path("type").asString()).as(shown).isEqualTo("help");
			assertThat(chat("dialog" + space + "mallar", "sv").path("type").asString()).as(shown)
				.isNotEqualTo("answer");
		}
		assertThat(chat("Vilka tre strömmar\u00a0ingår i Kingdons modell?", "sv").path("found").asBoolean()).isTrue();
	}

	@Test
	void everyCommandButTheQuestionNamesWhatItAnswers() {
		assertThat(commands).filteredOn(command -> command.pattern().isEmpty())
			.extracting(command -> command.getClass().getSimpleName())
			.containsExactly("QuestionCommand");
	}

	@Test
	void aMessageOfOnlyEmojiOrPunctuationIsAskedForAQuestionNotSearched() throws Exception {
		for (String said : List.of("👍", "🙂🙂", "...", "!!!", "❤️")) {
			JsonNode reply = chat(said, "sv");
			assertThat(reply.path("type").asString()).as(said).isEqualTo("text");
			assertThat(reply.path("text").asString()).as(said)
				.isEqualTo("Skriv en fråga om rapporterna, så letar jag.");
		}
		assertThat(chat("🙂", "en").path("text").asString())
			.isEqualTo("Write a question about the reports, and I will look.");
	}

	@Test
	void anUnreadableBodyIsExplainedWithTheEndpointsOwnFieldsAndNotLogged(CapturedOutput output) throws Exception {
		HttpResponse<String> chat = post("/api/chat", "Hemlig fråga om budgeten");
		HttpResponse<String> ask = post("/api/ask", "Hemlig fråga om budgeten");
		HttpResponse<String> feedback = post("/api/feedback", "{\"answerId\": ");

		assertThat(List.of(chat, ask, feedback))
			.allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(400));
		assertThat(json.readTree(chat.body()).path("detail").asString()).isEqualTo(
				"Förfrågan kunde inte läsas. Skicka JSON, till exempel {\"text\": \"Vilka tre strömmar ingår i Kingdons modell?\"}.");
		assertThat(json.readTree(ask.body()).path("detail").asString()).isEqualTo(
				"Förfrågan kunde inte läsas. Skicka JSON, till exempel {\"question\": \"Vilka tre strömmar ingår i Kingdons modell?\"}.");
		assertThat(json.readTree(feedback.body()).path("detail").asString()).isEqualTo(
				"Förfrågan kunde inte läsas. Skicka JSON, till exempel {\"answerId\": \"…\", \"helpful\": true}.");
		assertThat(output.getAll()).contains("Rejected web request (400)").doesNotContain("Hemlig");
	}

	@Test
	void linksFollowTheAddressTheRequestCameToOnAnyPort() throws Exception {
		JsonNode wheel = json.readTree(post("/api/chat", "{\"text\": \"årshjul kommun 2026\"}").body());
		String picture = wheel.path("imageUrl").asString();

		assertThat(picture).isEqualTo("http://localhost:" + port + "/wheel/kommun.png?year=2026&locale=sv");
		assertThat(http.send(HttpRequest.newBuilder(URI.create(picture)).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
		assertThat(String.join("", wheel.path("paragraphsHtml").valueStream().map(JsonNode::asString).toList()))
			.as("clickable")
			.contains("<a href=\"http://localhost:" + port + "/calendar/kommun.ics\"");
		// Behind a proxy, the address people use.
		HttpResponse<String> proxied = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
				.header("Content-Type", "application/json")
				.header("X-Forwarded-Host", "fyren.kommun.se")
				.header("X-Forwarded-Proto", "https")
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"årshjul kommun 2026\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(json.readTree(proxied.body()).path("imageUrl").asString())
			.isEqualTo("https://fyren.kommun.se/wheel/kommun.png?year=2026&locale=sv");
	}

	@Test
	void answersFromTheReportsInTheShapeTheCliPrints() throws Exception {
		HttpResponse<String> response = post("/api/ask", "{\"question\": \"" + KINGDON + "\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(response.body());
		assertThat(body.path("answer").path("found").asBoolean()).isTrue();
		assertThat(body.path("answer").path("text").asString()).isNotBlank();
		assertThat(docs(body)).contains(KINGDON_DOC);
		assertThat(body.path("answerId").asString()).isNotBlank().isEqualTo(body.path("id").asString());
		assertThat(body.has("abstain")).as("an answer found has no abstain reason").isFalse();
		assertThat(body.path("passages").get(0).path("section").asString()).contains(" › ");

		// Apart from the ids, exactly what `fyren ask --json` prints for the same
		// question over the same collections: the web chat here searches the team's
		// documents too, and one another test added shifts a score's last decimal.
		ObjectNode cli = (ObjectNode) json
			.valueToTree(AnswerView.of(null, knowledge.ask(KINGDON, Set.of("rapporter", "kommun"))));
		ObjectNode api = ((ObjectNode) body).deepCopy();
		cli.remove("id");
		api.remove("id");
		api.remove("answerId");
		assertThat(api).isEqualTo(cli);
		assertThat(body.path("passages").get(0).propertyNames()).containsExactly("doc", "title", "section", "page",
				"text", "score", "collection");
		assertThat(body.path("passages").get(0).path("collection").asString()).isEqualTo("rapporter");
	}

	@Test
	void abstainsWhenTheReportsDoNotAnswer() throws Exception {
		HttpResponse<String> response = post("/api/ask", "{\"question\": \"" + UNANSWERABLE + "\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(response.body());
		assertThat(body.path("answer").path("found").isBoolean()).isTrue();
		assertThat(body.path("answer").path("found").asBoolean()).isFalse();
		assertThat(body.path("abstain").path("reason").asString()).isNotBlank();
		assertThat(body.path("abstain").path("detail").asString()).isNotBlank();
	}

	@Test
	void tellsTheAskerWhyTheReportsDoNotAnswerWhenTheReasonCanBeSaid() throws Exception {
		// Before, every one of these got the same "Jag hittar inget svar på det …".
		assertThat(chatText("vad gör konsultationsteamet i hedemora?", "sv"))
			.isEqualTo("Det rapporterna säger om det här gäller inte Hedemora. "
					+ "Ställ frågan utan ortnamnet för att se vad de säger.");
		assertThat(chatText(UNANSWERABLE, "sv")).startsWith("Jag hittar inga kostnader eller belopp");
		assertThat(chatText("When was the stakeholder matrix in the course manual developed?", "en"))
			.isEqualTo("I could not find a date or a year for what you ask about in the reports.");
		assertThat(chatText("vad har kursmanualens författare för mejladress?", "sv"))
			.isEqualTo("Jag hittar inga kontaktuppgifter för det du frågar om i rapporterna.");
		assertThat(chatText("What does HIPAA say about sharing Supercross data between municipalities?", "en"))
			.isEqualTo("The reports do not mention HIPAA, so I cannot answer that.");
		assertThat(chatText("vad gör konsultationsteamet i upplands väsby?", "sv"))
			.as("a place of two words is shown as a name")
			.startsWith("Rapporterna nämner inte Upplands Väsby,");
		assertThat(chatText("vem tog över efter lena törnfeldt på vårdcentralen?", "sv"))
			.isEqualTo("Jag hittar inte vem som tog över efter den du frågar om i rapporterna.");
		// A reason that cannot be said in a sentence keeps the general reply.
		assertThat(chatText("vad säger rapporterna om vargjakt?", "sv"))
			.startsWith("Jag hittar inget svar på det i rapporterna.");
	}

	@Test
	void aCommandWordItsPatternLetsByCaseApartIsAQuestionNotAnError() throws Exception {
		// "vısa fönster": a dotless ı matches "i" case apart; it named no verb and threw
		// (500). It has no compatibility form, so the command word stays unknown.
		HttpResponse<String> reply = post("/api/chat",
				json.writeValueAsString(Map.of("text", "vısa fönster", "locale", "sv")));

		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(json.readTree(reply.body()).path("type").asString()).isEqualTo("answer");
	}

	@Test
	void aCommandWordWithALongSIsReadAsTheCommand() throws Exception {
		// "fönſter": the long s's compatibility form is s, as a full-width letter's is
		// the letter, so the command is read (it was a question, and before that a 500).
		HttpResponse<String> reply = post("/api/chat",
				json.writeValueAsString(Map.of("text", "fönſter", "locale", "sv")));

		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(json.readTree(reply.body()).path("type").asString()).isEqualTo("card");
	}

	private JsonNode chat(String text, String locale) throws Exception {
		return json.readTree(post("/api/chat", json.writeValueAsString(Map.of("text", text, "locale", locale))).body());
	}

	private String chatText(String question, String locale) throws Exception {
		JsonNode reply = json
			.readTree(post("/api/chat", json.writeValueAsString(Map.of("text", question, "locale", locale))).body());
		assertThat(reply.path("found").asBoolean()).as(question).isFalse();
		return reply.path("text").asString();
	}

	@Test
	void aRatedChatAnswerShowsAmongTheWorst() throws Exception {
		HttpResponse<String> chat = post("/api/chat", "{\"text\": \"" + KINGDON + "\", \"locale\": \"sv\"}");
		assertThat(chat.statusCode()).isEqualTo(200);
		JsonNode reply = json.readTree(chat.body());
		assertThat(reply.path("type").asString()).isEqualTo("answer");
		assertThat(reply.path("found").asBoolean()).isTrue();
		assertThat(reply.path("sources").get(0).path("label").asString()).isNotBlank();
		assertThat(reply.path("sources").get(0).path("passage").asString()).isNotBlank();
		String answerId = reply.path("answerId").asString();

		HttpResponse<String> rated = post("/api/feedback", "{\"answerId\": \"" + answerId + "\", \"helpful\": false}");
		assertThat(rated.statusCode()).isEqualTo(200);

		HttpResponse<String> worst = get("/api/feedback/worst");
		assertThat(worst.statusCode()).isEqualTo(200);
		JsonNode listed = null;
		for (JsonNode rated2 : json.readTree(worst.body())) {
			if (answerId.equals(rated2.path("id").asString())) {
				listed = rated2;
			}
		}
		assertThat(listed).as("answer %s in %s", answerId, worst.body()).isNotNull();
		assertThat(listed.path("question").asString()).isEqualTo(KINGDON);
		assertThat(listed.path("notHelpful").asInt()).isEqualTo(1);
		assertThat(listed.path("helpful").asInt()).isZero();
	}

	@Test
	void theWorstListShowsWebQuestionsOnlyNotSlackOrTeamsDirectMessages() throws Exception {
		String question = "Vad säger rapporterna om barnfattigdom i Dalarna?";
		String fromSlack = questions.answer(Channel.SLACK, question, Inbound.SWEDISH).answerId();
		assertThat(answers.rate(fromSlack, "U0PRIVATE", false)).isTrue();

		JsonNode worst = json.readTree(get("/api/feedback/worst?limit=100").body());

		assertThat(worst.valueStream().map(rated -> rated.path("id").asString())).doesNotContain(fromSlack);
		assertThat(answers.worst(100).stream().map(AnswerLog.RatedAnswer::id)).contains(fromSlack);
	}

	@Test
	void answersAskedThroughTheApiCanBeRated() throws Exception {
		String answerId = json.readTree(post("/api/ask", "{\"question\": \"" + KINGDON + "\"}").body())
			.path("answerId")
			.asString();

		assertThat(post("/api/feedback", "{\"answerId\": \"" + answerId + "\", \"helpful\": true}").statusCode())
			.isEqualTo(200);
	}

	@Test
	void ratingAnUnknownAnswerIsNotFound() throws Exception {
		HttpResponse<String> response = post("/api/feedback", "{\"answerId\": \"no-such-answer\", \"helpful\": true}");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(json.readTree(response.body()).path("detail").asString()).contains("inget svar med det id");
	}

	@Test
	void anEmptyQuestionIsABadRequestExplainedInSwedish() throws Exception {
		// No-break, narrow and ideographic spaces are white space, as in the chat.
		for (String body : List.of("{\"question\": \"  \"}", "{}", "{\"question\": \"\u00a0\u202f\u3000\"}")) {
			HttpResponse<String> response = post("/api/ask", body);

			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).contains("json"));
			assertThat(json.readTree(response.body()).path("detail").asString()).startsWith("Skriv en fråga");
		}
	}

	@Test
	void malformedRequestsAreBadRequestsNotServerErrors() throws Exception {
		List<HttpResponse<String>> responses = new ArrayList<>();
		responses.add(post("/api/ask", "{\"question\": "));
		responses.add(post("/api/feedback", "{\"answerId\": \"x\"}"));
		responses.add(post("/api/feedback", "{\"answerId\": \"x\", \"helpful\": \"kanske\"}"));
		responses.add(get("/api/feedback/worst?limit=0"));
		responses.add(get("/api/feedback/worst?limit=många"));

		for (HttpResponse<String> response : responses) {
			assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(400);
			assertThat(json.readTree(response.body()).path("detail").asString()).as(response.body())
				.matches(".*[åäö].*");
		}
		// Rejected before a controller is chosen, so UnmatchedApiRequests answers it, not
		// WebErrors; still no 500.
		assertThat(get("/api/ask").statusCode()).isEqualTo(405);
	}

	@Test
	void aVeryLongQuestionIsCutAndStillAnswered() throws Exception {
		String longQuestion = (KINGDON + " ").repeat(10_000 / (KINGDON.length() + 1) + 1).substring(0, 10_000);

		HttpResponse<String> asked = post("/api/ask", json.writeValueAsString(Map.of("question", longQuestion)));
		HttpResponse<String> chatted = post("/api/chat",
				json.writeValueAsString(new WebChatController.ChatRequest(longQuestion, "sv", null, null)));

		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
		assertThat(json.readTree(asked.body()).path("question").asString()).hasSizeLessThan(longQuestion.length());
		assertThat(chatted.statusCode()).as(chatted.body()).isEqualTo(200);
		assertThat(json.readTree(chatted.body()).path("type").asString()).isEqualTo("answer");
	}

	@Test
	void helpAndEmptyMessagesComeInTheRequestedLanguage() throws Exception {
		JsonNode help = json.readTree(post("/api/chat", "{\"text\": \"help\", \"locale\": \"en\"}").body());
		JsonNode empty = json.readTree(post("/api/chat", "{\"text\": \"\"}").body());

		assertThat(help.path("type").asString()).isEqualTo("help");
		assertThat(help.path("text").asString()).startsWith("I am Fyren").doesNotContain("*");
		assertThat(help.path("examples")).hasSize(3);
		// Each command to type is marked as every command is, and the page shows it bold.
		assertThat(help.path("html").asString()).contains("<li><strong>dialog start &lt;group&gt;</strong> – lead",
				"(<strong>dialog förbered &lt;group&gt;</strong> prepares it, <strong>dialog mallar</strong> lists",
				"<li><strong>fönster &lt;calendar&gt;</strong> – the next", "<li><strong>årshjul</strong> – the year",
				"<li><strong>prenumerera &lt;calendar&gt;</strong> – the dates",
				"<li><strong>follow &lt;name&gt;: &lt;description&gt;</strong> – follow an issue",
				"(<strong>radar &lt;name&gt;</strong> shows");
		JsonNode hjälp = json.readTree(post("/api/chat", "{\"text\": \"hjälp\", \"locale\": \"sv\"}").body());
		assertThat(hjälp.path("text").asString()).startsWith("Jag är Fyren").doesNotContain("*");
		assertThat(hjälp.path("html").asString()).contains("<li><strong>dialog start &lt;grupp&gt;</strong> – led",
				"(<strong>dialog förbered &lt;grupp&gt;</strong> förbereder den, <strong>dialog mallar</strong> visar",
				"<li><strong>fönster &lt;kalender&gt;</strong> – nästa", "<li><strong>årshjul</strong> – året",
				"<li><strong>prenumerera &lt;kalender&gt;</strong> – datumen",
				"<li><strong>bevaka &lt;namn&gt;: &lt;beskrivning&gt;</strong> – följ en fråga",
				"(<strong>radar &lt;namn&gt;</strong> visar");
		assertThat(empty.path("type").asString()).isEqualTo("text");
		assertThat(empty.path("text").asString()).startsWith("Skriv en fråga");
	}

	@Test
	void servesThePageTextsInBothLanguages() throws Exception {
		JsonNode swedish = json.readTree(get("/api/texts").body());
		JsonNode english = json.readTree(get("/api/texts?locale=en").body());

		assertThat(swedish.path("web.feedback.helpful").asString()).isEqualTo("Till hjälp");
		assertThat(english.path("web.feedback.helpful").asString()).isEqualTo("Helpful");
		assertThat(english.propertyNames()).containsExactlyElementsOf(swedish.propertyNames());
		english.properties()
			.forEach(text -> assertThat(text.getValue().asString()).as(text.getKey()).isNotEqualTo(text.getKey()));
	}

	@Test
	void featureCardsComeWithTheirButtonsAndClicksReachTheFeature() throws Exception {
		JsonNode card = json.readTree(post("/api/chat", "{\"text\": \"testkort\"}").body());

		assertThat(card.path("type").asString()).isEqualTo("card");
		assertThat(card.path("title").asString()).isEqualTo("Testkortet");
		assertThat(card.path("actions").get(1).path("inputLabel").asString()).isEqualTo("Ditt svar");

		JsonNode room = json.readTree(post("/api/rooms", "{}").body());
		HttpResponse<String> clicked = post("/api/click", """
				{"actionId": "test.say", "value": "v2", "input": " Hej ", "conversation": "%s", "key": "%s"}"""
			.formatted(room.path("room").asString(), room.path("key").asString()));

		assertThat(clicked.statusCode()).isEqualTo(200);
		assertThat(json.readTree(clicked.body()).path("text").asString()).isEqualTo("Fick: Hej");
		Clicked click = feature.clicks("test.say").get(feature.clicks("test.say").size() - 1);
		assertThat(click.where()).isEqualTo(new Destination(Channel.WEB, room.path("room").asString(), null));
		assertThat(click.user()).startsWith("web:");
	}

	@Test
	void aClickWithoutAnActionIsABadRequestAndAnUnknownActionIsSaidKindly() throws Exception {
		HttpResponse<String> missing = post("/api/click", "{\"value\": \"v\"}");
		HttpResponse<String> unknown = post("/api/click", "{\"actionId\": \"nothing.here\"}");

		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(json.readTree(missing.body()).path("detail").asString()).startsWith("Ange vilken knapp");
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(json.readTree(unknown.body()).path("text").asString()).contains("känner jag inte");
	}

	private static List<String> docs(JsonNode body) {
		List<String> docs = new ArrayList<>();
		body.path("passages").forEach(passage -> docs.add(passage.path("doc").asString()));
		return docs;
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path.replace("många", "m%C3%A5nga"));
	}

}
