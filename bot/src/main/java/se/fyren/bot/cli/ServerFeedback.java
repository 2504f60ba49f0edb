package se.fyren.bot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.core.env.Environment;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.ask.AnswerLog.RatedAnswer;

/**
 * The worst-rated answers as the running server gives them on its management port
 * ({@code /actuator/feedback}): the server owns the database (an embedded H2 file admits
 * one process), so the command line asks it rather than opening the file beside it.
 */
class ServerFeedback {

	// A server on this machine answers at once; a longer wait is a hung server.
	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private final Environment environment;

	private final JsonMapper json;

	ServerFeedback(Environment environment, JsonMapper json) {
		this.environment = environment;
		this.json = json;
	}

	/** Empty when no server listens on the management port. */
	Optional<List<RatedAnswer>> worst(int limit) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
		HttpRequest request = HttpRequest.newBuilder(address().resolve("/actuator/feedback?limit=" + limit))
			.timeout(PATIENCE)
			.GET()
			.build();
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The server's management port answered " + response.statusCode()
						+ " to " + request.uri() + " (is 'feedback' in management.endpoints.web.exposure.include?)");
			}
			return Optional.of(json.readValue(response.body(), new TypeReference<List<RatedAnswer>>() {
			}));
		}
		catch (ConnectException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the feedback from " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the feedback", ex);
		}
	}

	private URI address() {
		String host = environment.getProperty("management.server.address", "127.0.0.1");
		// A server listening on every interface is reached on loopback.
		String reachable = anyLocal(host) ? "127.0.0.1" : host;
		String port = environment.getProperty("management.server.port", environment.getProperty("server.port", "8080"));
		return URI.create("http://" + (reachable.contains(":") ? "[" + reachable + "]" : reachable) + ":" + port);
	}

	private static boolean anyLocal(String host) {
		try {
			return InetAddress.getByName(host).isAnyLocalAddress();
		}
		catch (IOException ex) {
			return false;
		}
	}

}
