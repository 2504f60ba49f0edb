package se.fyren.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web API answers in the language the request asks for, its errors as its replies:
 * the page's {@code ?locale=}, else the browser's {@code Accept-Language}, else Swedish.
 * Its errors were always Swedish, so an English page showed Swedish problem details.
 */
class WebLanguageTest extends WebTestSupport {

	private static final String UNREADABLE = "Hemlig fråga om budgeten";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Test
	void anUnreadableBodyIsExplainedInTheLanguageTheRequestAsksFor() throws Exception {
		assertThat(detail(post("/api/chat?locale=en", UNREADABLE, "application/json"), 400))
			.isEqualTo("The request could not be read. Send JSON, for example "
					+ "{\"text\": \"What are the three streams in Kingdon's model?\"}.");
		assertThat(detail(post("/api/chat", UNREADABLE, "application/json"), 400))
			.isEqualTo("Förfrågan kunde inte läsas. Skicka JSON, till exempel "
					+ "{\"text\": \"Vilka tre strömmar ingår i Kingdons modell?\"}.");
		assertThat(detail(post("/api/chat?locale=sv", UNREADABLE, "application/json"), 400))
			.startsWith("Förfrågan kunde inte läsas");
	}

	@Test
	void aBodyTooLargeForTheChatIsRefusedInTheLanguageTheRequestAsksFor() throws Exception {
		byte[] huge = ("{\"text\": \"" + "x".repeat(WebGuardTest.ONE_MEGABYTE) + "\"}")
			.getBytes(StandardCharsets.UTF_8);

		// Sent in chunks, as a browser's stream would be: read only up to the limit.
		assertThat(detail(postChunked("/api/chat?locale=en", huge), 413)).startsWith("The request is too large");
		assertThat(detail(postChunked("/api/chat", huge), 413)).startsWith("Förfrågan är för stor");
	}

	@Test
	void anUnknownRoomIsToldInTheLanguageTheRequestAsksFor() throws Exception {
		String path = "/api/rooms/rum-som-inte-finns/messages?key=fel";

		assertThat(detail(get(path + "&locale=en"), 404)).startsWith("There is no such room");
		assertThat(detail(get(path), 404)).startsWith("Rummet finns inte");
		assertThat(detail(post("/api/chat?locale=en", "{\"text\": \"hej\", \"conversation\": \"rum-som-inte-finns\"}",
				"application/json"), 404))
			.startsWith("There is no such room");
	}

	@Test
	void aWrongMediaTypeAndARefusedRequestAreToldInTheLanguageTheRequestAsksFor() throws Exception {
		assertThat(detail(post("/api/chat?locale=en", "{\"text\": \"hej\"}", "text/plain"), 415))
			.isEqualTo("Send the request as JSON (Content-Type: application/json).");
		assertThat(detail(post("/api/chat", "{\"text\": \"hej\"}", "text/plain"), 415))
			.isEqualTo("Skicka förfrågan som JSON (Content-Type: application/json).");
		assertThat(detail(post("/api/ask?locale=en", "{\"question\": \" \"}", "application/json"), 400))
			.startsWith("Write a question");
		assertThat(detail(post("/api/ask", "{\"question\": \" \"}", "application/json"), 400))
			.startsWith("Skriv en fråga");
	}

	/**
	 * A request that names no language (not the page's) is told in the first of Swedish
	 * and English its browser asks for; the page's own parameter wins over the browser.
	 */
	@Test
	void withoutALocaleParameterTheBrowsersLanguageDecides() throws Exception {
		assertThat(detail(post("/api/chat", UNREADABLE, "application/json", "en-GB,en;q=0.9,sv;q=0.8"), 400))
			.startsWith("The request could not be read");
		assertThat(detail(post("/api/chat", UNREADABLE, "application/json", "sv-SE,sv;q=0.9,en;q=0.8"), 400))
			.startsWith("Förfrågan kunde inte läsas");
		assertThat(detail(post("/api/chat", UNREADABLE, "application/json", "de-DE,de;q=0.9"), 400))
			.startsWith("Förfrågan kunde inte läsas");
		assertThat(detail(post("/api/chat?locale=sv", UNREADABLE, "application/json", "en-GB"), 400))
			.startsWith("Förfrågan kunde inte läsas");
	}

	/**
	 * A bug is told as one in the language the request asks for, and logged for whoever
	 * runs Fyren; the answer says nothing of what went wrong inside: no stack trace, and
	 * not the user's words the exception carried.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void anUnexpectedErrorIsToldInTheLanguageTheRequestAsksForWithoutItsInsides(CapturedOutput output)
			throws Exception {
		HttpResponse<String> english = post(FailingEndpoint.PATH + "?locale=en", UNREADABLE, "text/plain");
		HttpResponse<String> swedish = post(FailingEndpoint.PATH, UNREADABLE, "text/plain");

		assertThat(detail(english, 500)).isEqualTo("Something went wrong in Fyren. Please try again in a moment.");
		assertThat(detail(swedish, 500)).isEqualTo("Något gick fel hos Fyren. Försök igen om en stund.");
		assertThat(List.of(english.body(), swedish.body())).allSatisfy(body -> assertThat(body)
			.doesNotContain(UNREADABLE, "Cannot handle", "IllegalStateException", "\tat ", "se.fyren"));
		assertThat(output.getAll()).contains("Web request failed", "java.lang.IllegalStateException");
	}

	/** An odd language is not a reason for a 500: it is told in Swedish. */
	@Test
	void anOddLanguageIsToldInSwedish() throws Exception {
		for (String query : List.of("?locale=", "?locale", "?locale=%25", "?locale=de&locale=en",
				"?=&&locale=%C3%A5")) {
			assertThat(detail(post("/api/chat" + query, UNREADABLE, "application/json"), 400)).as(query)
				.startsWith("Förfrågan kunde inte läsas");
		}
		for (String header : List.of("xyz!!", "*", ";q=", "en;q=2", "en;q=0")) {
			assertThat(detail(post("/api/chat", UNREADABLE, "application/json", header), 400)).as(header)
				.startsWith("Förfrågan kunde inte läsas");
		}
	}

	/**
	 * A reply is in the language the request asks for too: the body's own {@code locale}
	 * where it names one, else the request's, as its errors are.
	 */
	@Test
	void repliesFollowTheRequestsLanguageWhereTheBodyNamesNone() throws Exception {
		String emoji = "{\"text\": \"🙂\"}";
		assertThat(reply(post("/api/chat?locale=en", emoji, "application/json")))
			.isEqualTo("Write a question about the reports, and I will look.");
		assertThat(reply(post("/api/chat?locale=en", "{\"text\": \"🙂\", \"locale\": \"sv\"}", "application/json")))
			.isEqualTo("Skriv en fråga om rapporterna, så letar jag.");
		assertThat(reply(post("/api/chat", emoji, "application/json")))
			.isEqualTo("Skriv en fråga om rapporterna, så letar jag.");
		assertThat(json.readTree(get("/api/texts", "en-GB").body()).path("web.send").asString()).isEqualTo("Send");
		assertThat(json.readTree(get("/api/texts?locale=sv", "en-GB").body()).path("web.send").asString())
			.isEqualTo("Skicka");
	}

	/**
	 * A path the API does not have and a method its path does not take are found before
	 * any endpoint is chosen: they were Spring's English error JSON, echoing the path.
	 * Now they are the API's problem details, status kept, and the path is not logged.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void anUnknownApiPathAndAWrongMethodAreToldAsTheApisOtherErrorsAre(CapturedOutput output) throws Exception {
		HttpResponse<String> wrongMethod = get("/api/ask");
		HttpResponse<String> put = http.send(HttpRequest.newBuilder(uri("/api/chat?locale=en"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"text\": \"hej\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(detail(get("/api/hemlig-budgetfraga"), 404))
			.isEqualTo("Fyrens API har ingen sådan adress. Kontrollera adressen.");
		assertThat(detail(get("/api/hemlig-budgetfraga?locale=en"), 404))
			.isEqualTo("Fyren's API has no such address. Check the address.");
		assertThat(detail(wrongMethod, 405))
			.isEqualTo("Adressen tar inte emot förfrågan med den metoden. Den tar emot: POST.");
		assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
		assertThat(detail(put, 405))
			.isEqualTo("The address does not take the request with that method. It takes: POST.");
		assertThat(output.getAll()).contains("Rejected web request (404)", "Rejected web request (405)")
			.doesNotContain("hemlig-budgetfraga");
		assertThat(get("/finns-inte.css").statusCode()).as("the page's files keep Spring's answer").isEqualTo(404);
	}

	/** The export's link names no language: the browser's decides. */
	@Test
	void anUnknownExportIsToldInTheBrowsersLanguage() throws Exception {
		HttpResponse<String> english = get("/api/dialogue/finnsinte.md?key=fel", "en-US,en;q=0.9");
		HttpResponse<String> swedish = get("/api/dialogue/finnsinte.md?key=fel", null);

		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).startsWith("There is no such export");
		assertThat(swedish.statusCode()).isEqualTo(404);
		assertThat(swedish.body()).startsWith("Den exporten finns inte");
	}

	private String reply(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body()).path("text").asString();
	}

	private String detail(HttpResponse<String> response, int status) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		return json.readTree(response.body()).path("detail").asString();
	}

	private HttpResponse<String> post(String path, String body, String type) throws Exception {
		return post(path, body, type, null);
	}

	private HttpResponse<String> post(String path, String body, String type, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postChunked(String path, byte[] body) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return get(path, null);
	}

	private HttpResponse<String> get(String path, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
