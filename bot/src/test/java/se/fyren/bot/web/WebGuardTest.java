package se.fyren.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.TestFeature;
import se.fyren.bot.chat.Clicked;

/**
 * What the web chat guards against without a login: it listens on loopback unless told
 * otherwise, tells browsers to protect the page, reads no oversized body, and knows a
 * browser by a secret cookie the page never sees rather than by an id the request names.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebGuardTest extends WebTestSupport {

	/** Browsers.COOKIE, spelled out: what the browser sees. */
	static final String COOKIE = "fyren-browser";

	/** Larger than the default fyren.web.max-request-size. */
	static final int ONE_MEGABYTE = 1024 * 1024;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	TestFeature feature;

	@Autowired
	JsonMapper json;

	@Test
	void listensOnLoopbackOnlyByDefault() throws Exception {
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
		for (InetAddress address : ownAddresses()) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(address, port), 2000);
				throw new AssertionError("Fyren answered on " + address);
			}
			catch (ConnectException expected) {
				// Nobody listens there.
			}
		}
	}

	@Test
	void thePageAndTheApiComeWithTheBrowsersProtections() throws Exception {
		for (String path : List.of("/", "/api/texts")) {
			HttpResponse<String> response = get(path);

			assertThat(response.statusCode()).isEqualTo(200);
			String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
			assertThat(policy).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
					"object-src 'none'");
			assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		}
	}

	@Test
	void aBodyLargerThanTheLimitIsRefusedUnreadAndNeverLogged(CapturedOutput output) throws Exception {
		String marker = "HUGE" + UUID.randomUUID();
		byte[] huge = ("{\"question\": \"" + marker + "x".repeat(ONE_MEGABYTE) + "\"}")
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> sized = post("/api/ask", HttpRequest.BodyPublishers.ofByteArray(huge), null);
		HttpResponse<String> chunked = post("/api/chat",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)), null);

		assertThat(sized.statusCode()).isEqualTo(413);
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(json.readTree(sized.body()).path("detail").asString()).startsWith("Förfrågan är för stor");
		// In English where the request's locale parameter asks for it, as the web chat's
		// requests name their language.
		HttpResponse<String> english = post("/api/ask?locale=en", HttpRequest.BodyPublishers.ofByteArray(huge), null);
		assertThat(english.statusCode()).isEqualTo(413);
		assertThat(json.readTree(english.body()).path("detail").asString()).startsWith("The request is too large");
		assertThat(output.getAll()).doesNotContain(marker);
	}

	@Test
	void aBrowserIsKnownBySecretCookieAndNotByTheIdItsRequestNames() throws Exception {
		HttpResponse<String> first = post("/api/chat", body("{\"text\": \"testkort\"}"), null);
		String setCookie = first.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).startsWith(COOKIE + "=")
			.contains("HttpOnly")
			.contains("SameSite=Strict")
			.contains("Path=/");
		String secret = setCookie.substring(COOKIE.length() + 1, setCookie.indexOf(';'));

		post("/api/click", body("""
				{"actionId": "test.say", "value": "v2", "input": "mitt"}"""), secret);
		Clicked mine = lastClick();
		// Another browser naming the first one's user id, as the old page's field did.
		post("/api/click", body("""
				{"actionId": "test.say", "value": "v2", "input": "låtsas", "user": "%s"}""".formatted(mine.user())),
				null);
		Clicked pretending = lastClick();

		assertThat(mine.user()).startsWith("web:").doesNotContain(secret);
		assertThat(pretending.input()).isEqualTo("låtsas");
		assertThat(pretending.user()).isNotEqualTo(mine.user());
		post("/api/click", body("""
				{"actionId": "test.say", "value": "v2", "input": "igen"}"""), secret);
		assertThat(lastClick().user()).as("the same browser is the same user").isEqualTo(mine.user());
	}

	@Test
	void everyWebIdentifierIsCheckedAtTheEdge() throws Exception {
		String tooLong = "r".repeat(65);
		for (String request : List.of("{\"text\": \"hjälp\", \"conversation\": \"" + tooLong + "\"}",
				"{\"text\": \"hjälp\", \"conversation\": \"rum med mellanslag\"}")) {
			assertThat(post("/api/chat", body(request), null).statusCode()).as(request).isEqualTo(400);
		}
		for (String click : List.of("{\"actionId\": \"test.say\", \"conversation\": \"" + tooLong + "\"}",
				"{\"actionId\": \"test.say\", \"thread\": \"" + tooLong + "\"}",
				"{\"actionId\": \"test.say\", \"message\": \"a/b\"}", "{\"actionId\": \"" + tooLong + "\"}")) {
			assertThat(post("/api/click", body(click), null).statusCode()).as(click).isEqualTo(400);
		}
		assertThat(post("/api/rooms/rum-1/messages", body("{\"thread\": \"" + tooLong + "\", \"text\": \"Hej\"}"), null)
			.statusCode()).isEqualTo(400);
	}

	private Clicked lastClick() {
		List<Clicked> clicks = feature.clicks("test.say");
		return clicks.get(clicks.size() - 1);
	}

	/** This machine's own addresses other than loopback, where Fyren must not answer. */
	private static List<InetAddress> ownAddresses() throws IOException {
		return NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.toList();
	}

	private static HttpRequest.BodyPublisher body(String json) {
		return HttpRequest.BodyPublishers.ofString(json);
	}

	private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String secret) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.POST(body);
		if (secret != null) {
			request.header("Cookie", COOKIE + "=" + secret);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
