package se.fyren.bot.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.slack.api.app_backend.SlackSignature;

/**
 * Slack's side of {@code /slack/events}: real payloads (slash command forms,
 * event_callback JSON, block_actions) signed with the signing secret and sent over real
 * HTTP with Slack's headers.
 */
final class SignedSlack {

	static final String SECRET = "test-signing-secret";

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

	private final URI endpoint;

	private final SlackSignature.Generator signatures = new SlackSignature.Generator(SECRET);

	SignedSlack(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
	}

	/**
	 * A request with its body, timestamp and signature, so tests can forge, age or retry
	 * it.
	 */
	record Signed(String contentType, String body, long timestamp, String signature, Map<String, String> headers) {

		Signed withSignature(String forged) {
			return new Signed(contentType, body, timestamp, forged, headers);
		}

		Signed withHeader(String name, String value) {
			Map<String, String> more = new LinkedHashMap<>(headers);
			more.put(name, value);
			return new Signed(contentType, body, timestamp, signature, more);
		}

	}

	Signed slashCommand(String user, String channel, String text, String responseUrl, String triggerId) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", "legacy-verification-token");
		form.put("team_id", "T0FYREN");
		form.put("team_domain", "fyren-test");
		form.put("channel_id", channel);
		form.put("channel_name", "folkhalsa");
		form.put("user_id", user);
		form.put("user_name", "strateg");
		form.put("command", "/fyren");
		form.put("text", text);
		form.put("api_app_id", "A0FYREN");
		form.put("is_enterprise_install", "false");
		form.put("response_url", responseUrl);
		form.put("trigger_id", triggerId);
		return sign("application/x-www-form-urlencoded", encode(form), Instant.now());
	}

	Signed event(String eventId, String eventJson) {
		String body = """
				{"token":"legacy-verification-token","team_id":"T0FYREN","api_app_id":"A0FYREN",
				 "event":%s,"type":"event_callback","event_id":"%s","event_time":%d,
				 "authorizations":[{"team_id":"T0FYREN","user_id":"%s","is_bot":true,"is_enterprise_install":false}]}"""
			.formatted(eventJson, eventId, Instant.now().getEpochSecond(), FakeSlack.BOT_USER);
		return sign("application/json", body, Instant.now());
	}

	Signed mention(String eventId, String user, String channel, String ts, String text) {
		return event(eventId, """
				{"type":"app_mention","user":"%s","text":"<@%s> %s","ts":"%s","channel":"%s","event_ts":"%s"}"""
			.formatted(user, FakeSlack.BOT_USER, json(text), ts, channel, ts));
	}

	/**
	 * An {@code app_mention} in a channel thread: Slack sends it besides the thread's
	 * {@code message} event, with the same ts and text.
	 */
	Signed mentionInThread(String eventId, String user, String channel, String ts, String threadTs, String text) {
		return event(eventId, """
				{"type":"app_mention","user":"%s","text":"<@%s> %s","ts":"%s","thread_ts":"%s","channel":"%s",
				 "event_ts":"%s"}""".formatted(user, FakeSlack.BOT_USER, json(text), ts, threadTs, channel, ts));
	}

	Signed message(String eventId, String user, String channel, String channelType, String ts, String threadTs,
			String text) {
		String thread = threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"";
		return event(eventId,
				"""
						{"type":"message","user":"%s","text":"%s","ts":"%s","channel":"%s","channel_type":"%s","event_ts":"%s"%s}"""
					.formatted(user, json(text), ts, channel, channelType, ts, thread));
	}

	/**
	 * A message with files ({@code subtype: file_share}), as Slack sends it when someone
	 * shares a file in a conversation Fyren is in; {@code fileJson} is the file object.
	 */
	Signed fileShare(String eventId, String user, String channel, String channelType, String ts, String text,
			String fileJson) {
		return event(eventId, """
				{"type":"message","subtype":"file_share","user":"%s","text":"%s","ts":"%s","channel":"%s",
				 "channel_type":"%s","event_ts":"%s","upload":false,"files":[%s]}""".formatted(user, json(text), ts,
				channel, channelType, ts, fileJson));
	}

	Signed homeOpened(String eventId, String user) {
		return event(eventId, """
				{"type":"app_home_opened","user":"%s","channel":"D0HOME","tab":"home","event_ts":"1700000000.000200"}"""
			.formatted(user));
	}

	Signed blockAction(String user, String channel, String actionId, String value, String responseUrl) {
		String payload = """
				{"type":"block_actions","user":{"id":"%s","username":"strateg","team_id":"T0FYREN"},
				 "api_app_id":"A0FYREN","token":"legacy-verification-token",
				 "container":{"type":"message","message_ts":"1700000000.000300","channel_id":"%s","is_ephemeral":true},
				 "trigger_id":"trigger-%s","team":{"id":"T0FYREN","domain":"fyren-test"},
				 "channel":{"id":"%s","name":"folkhalsa"},"response_url":"%s",
				 "actions":[{"action_id":"%s","block_id":"b1","text":{"type":"plain_text","text":"x"},
				   "value":"%s","type":"button","action_ts":"1700000000.000400"}]}""".formatted(user, channel, actionId,
				channel, responseUrl, actionId, json(value));
		return sign("application/x-www-form-urlencoded", encode(Map.of("payload", payload)), Instant.now());
	}

	/**
	 * A click on a button of a message in a channel (not ephemeral), as a card's buttons
	 * are clicked.
	 */
	Signed cardAction(String user, String channel, String messageTs, String threadTs, String actionId, String value,
			String responseUrl) {
		String thread = threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"";
		String payload = """
				{"type":"block_actions","user":{"id":"%s","username":"strateg","team_id":"T0FYREN"},
				 "api_app_id":"A0FYREN","token":"legacy-verification-token",
				 "container":{"type":"message","message_ts":"%s","channel_id":"%s","is_ephemeral":false%s},
				 "trigger_id":"trigger-%s","team":{"id":"T0FYREN","domain":"fyren-test"},
				 "channel":{"id":"%s","name":"folkhalsa"},"response_url":"%s",
				 "actions":[{"action_id":"%s","block_id":"b1","text":{"type":"plain_text","text":"Svara"},
				   "value":"%s","type":"button","action_ts":"1700000000.000400"}]}""".formatted(user, messageTs,
				channel, thread, user, channel, responseUrl, actionId, json(value));
		return sign("application/x-www-form-urlencoded", encode(Map.of("payload", payload)), Instant.now());
	}

	/** The submission of a modal Fyren opened, with the text typed into its one input. */
	Signed viewSubmission(String user, String callbackId, String privateMetadata, String input) {
		String payload = """
				{"type":"view_submission","user":{"id":"%s","username":"strateg","team_id":"T0FYREN"},
				 "api_app_id":"A0FYREN","token":"legacy-verification-token","team":{"id":"T0FYREN","domain":"fyren-test"},
				 "trigger_id":"trigger-view","view":{"id":"V0INPUT","type":"modal","callback_id":"%s",
				   "private_metadata":"%s","state":{"values":{"input":{"input":{"type":"plain_text_input","value":"%s"}}}}}}"""
			.formatted(user, callbackId, json(privateMetadata), json(input));
		return sign("application/x-www-form-urlencoded", encode(Map.of("payload", payload)), Instant.now());
	}

	Signed messageChanged(String eventId, String user, String channel, String ts, String threadTs, String text) {
		return event(eventId, """
				{"type":"message","subtype":"message_changed","channel":"%s","channel_type":"channel","hidden":true,
				 "ts":"1700009999.000100","event_ts":"1700009999.000100",
				 "message":{"type":"message","user":"%s","text":"%s","ts":"%s","thread_ts":"%s",
				   "edited":{"user":"%s","ts":"1700009999.000100"}}}""".formatted(channel, user, json(text), ts,
				threadTs, user));
	}

	Signed messageDeleted(String eventId, String user, String channel, String ts, String threadTs) {
		return event(eventId, """
				{"type":"message","subtype":"message_deleted","channel":"%s","channel_type":"channel","hidden":true,
				 "deleted_ts":"%s","ts":"1700009998.000100","event_ts":"1700009998.000100",
				 "previous_message":{"type":"message","user":"%s","text":"gammalt","ts":"%s","thread_ts":"%s"}}"""
			.formatted(channel, ts, user, ts, threadTs));
	}

	Signed sign(String contentType, String body, Instant at) {
		String timestamp = String.valueOf(at.getEpochSecond());
		return new Signed(contentType, body, at.getEpochSecond(), signatures.generate(timestamp, body), Map.of());
	}

	HttpResponse<String> send(Signed request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
			.timeout(REQUEST_TIMEOUT)
			.header("Content-Type", request.contentType())
			.header("X-Slack-Request-Timestamp", String.valueOf(request.timestamp()))
			.header("X-Slack-Signature", request.signature())
			.POST(HttpRequest.BodyPublishers.ofString(request.body()));
		request.headers().forEach(builder::header);
		try {
			return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not post to " + endpoint, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted posting to " + endpoint, ex);
		}
	}

	/**
	 * Sends it as {@link #send} does and gives the status only, over a plain
	 * HttpURLConnection: for the load benchmark, whose senders share the cores with
	 * Fyren. java.net.http's client took 2.3-2.6 ms of CPU a request in the web
	 * benchmark, HttpURLConnection 0.5-1.2 ms.
	 */
	int post(Signed request) {
		try {
			HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
			connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
			connection.setReadTimeout((int) REQUEST_TIMEOUT.toMillis());
			connection.setDoOutput(true);
			connection.setRequestMethod("POST");
			connection.setRequestProperty("Content-Type", request.contentType());
			connection.setRequestProperty("X-Slack-Request-Timestamp", String.valueOf(request.timestamp()));
			connection.setRequestProperty("X-Slack-Signature", request.signature());
			request.headers().forEach(connection::setRequestProperty);
			try (OutputStream body = connection.getOutputStream()) {
				body.write(request.body().getBytes(StandardCharsets.UTF_8));
			}
			int status = connection.getResponseCode();
			// Read to the end, so the connection goes back to the keep-alive cache.
			try (InputStream answer = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
				if (answer != null) {
					answer.readAllBytes();
				}
			}
			return status;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not post to " + endpoint, ex);
		}
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** Escapes a string for the JSON payload templates. */
	static String json(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
