package se.fyren.bot.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The management port as a monitoring system sees it: GET an actuator path. */
public final class Management {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	public Management(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public JsonNode json(String path) {
		return JSON.readTree(get(path).body());
	}

	/** A health component's status: "UP", "DOWN", "OFF". */
	public String status(String component) {
		return json("/actuator/health/" + component).path("status").asString();
	}

	/** A loopback port nothing listens on now, for a service that comes up later. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
