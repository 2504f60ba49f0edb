package se.fyren.bot.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Slack at the wire, for tests and the benchmark: a loopback HTTP server that answers the
 * Web API methods Fyren calls ({@code /api/...}) and the response_url posts
 * ({@code /response/...}), records every call, and can be told to fail the next calls of
 * a method with a 429 or a Slack error, or to hold its answer to posts. The messages
 * posted are its channels' history (conversations.history), metadata included.
 */
final class FakeSlack implements AutoCloseable {

	static final String BOT_USER = "UFYREN";

	/**
	 * Its threads' name (with the JDK server's "HTTP-Dispatcher"), so the load benchmark
	 * can tell their CPU from Fyren's.
	 */
	static final String THREAD_NAME = "fake-slack-";

	/**
	 * A call as Slack received it, with the form fields (or JSON body) decoded, and when
	 * (System.nanoTime).
	 */
	record Call(String path, Map<String, String> params, String body, long receivedNanos, String authorization) {

		/**
		 * The method name ("chat.postMessage"), "response" for a response_url, "download"
		 * for a private file's download.
		 */
		String method() {
			return path.startsWith("/api/") ? path.substring(5)
					: path.startsWith("/response/") ? "response" : path.startsWith(FILES) ? "download" : path;
		}

		String param(String name) {
			return params.get(name);
		}

		/** Every text in the call (blocks, view, plain text), for contains-checks. */
		String text() {
			StringBuilder all = new StringBuilder();
			if (body.startsWith("{")) {
				collect(JSON.readTree(body), all);
			}
			params.values().forEach(value -> {
				if (value.startsWith("{") || value.startsWith("[")) {
					collect(JSON.readTree(value), all);
				}
				else {
					all.append(value).append('\n');
				}
			});
			return all.toString();
		}

		/** Button values by action id (the first button with each id). */
		Map<String, String> buttons() {
			Map<String, String> buttons = new LinkedHashMap<>();
			List<JsonNode> roots = new ArrayList<>();
			if (body.startsWith("{")) {
				roots.add(JSON.readTree(body));
			}
			params.values()
				.stream()
				.filter(v -> v.startsWith("[") || v.startsWith("{"))
				.map(JSON::readTree)
				.forEach(roots::add);
			roots.forEach(root -> buttons(root, buttons));
			return buttons;
		}

		private static void buttons(JsonNode node, Map<String, String> found) {
			if (node.isObject() && node.has("action_id") && node.has("value")) {
				found.putIfAbsent(node.get("action_id").asString(), node.get("value").asString());
			}
			node.forEach(child -> buttons(child, found));
		}

		private static void collect(JsonNode node, StringBuilder all) {
			if (node.isString()) {
				all.append(node.asString()).append('\n');
			}
			node.forEach(child -> collect(child, all));
		}

	}

	/** What to answer instead of success: an HTTP status, headers and a body. */
	record Failure(int status, Map<String, String> headers, String body) {

		static Failure rateLimited(int retryAfterSeconds) {
			return new Failure(429, Map.of("Retry-After", String.valueOf(retryAfterSeconds)), "");
		}

		static Failure error(String error) {
			return new Failure(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}");
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Where private files are downloaded, as Slack's {@code files.slack.com/files-pri/}.
	 */
	static final String FILES = "/files-pri/";

	/** The bot token the tests give Fyren, which a download must carry. */
	static final String BOT_TOKEN = "xoxb-test";

	/** A file shared in Slack: what files.info says of it, and its bytes. */
	record SharedFile(String id, String name, String filetype, byte[] bytes) {
	}

	private final Map<String, SharedFile> files = new ConcurrentHashMap<>();

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(16, named(THREAD_NAME));

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	/**
	 * The same calls by path: the load benchmark polls a response_url's calls every
	 * millisecond, and scanning every call Slack had for each look grew with the run.
	 */
	private final Map<String, List<Call>> callsByPath = new ConcurrentHashMap<>();

	private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();

	private final Map<String, Failure> channelFailures = new ConcurrentHashMap<>();

	private final Map<String, String> locales = new ConcurrentHashMap<>();

	private final Map<String, Profile> profiles = new ConcurrentHashMap<>();

	private final Set<String> notMemberOf = ConcurrentHashMap.newKeySet();

	/** The names users.info gives for a user; either may be empty, as in Slack. */
	record Profile(String displayName, String realName) {
	}

	/**
	 * What apps.connections.open hands out: the fake Socket Mode server's address, when a
	 * test runs one.
	 */
	private volatile String socketUrl = "ws://127.0.0.1:9/none";

	private volatile Duration postDelay = Duration.ZERO;

	private volatile Duration responseDelay = Duration.ZERO;

	/** While not counted down, chat.update is taken but answered only then. */
	private volatile CountDownLatch updatesHeld = new CountDownLatch(0);

	/** Every message chat.postMessage took, as conversations.history gives it. */
	private final List<JsonNode> history = new CopyOnWriteArrayList<>();

	FakeSlack() {
		this(0);
	}

	/** On a given loopback port: Slack coming up where Fyren was told it is. */
	FakeSlack(int port) {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the fake Slack", ex);
		}
		server.createContext("/", this::handle);
		server.setExecutor(threads);
		server.start();
	}

	/**
	 * From now on Slack takes each chat.postMessage (it is in the channel's history) but
	 * answers it only after {@code delay}: a post that hangs.
	 */
	void holdPosts(Duration delay) {
		this.postDelay = delay;
	}

	/**
	 * From now on Slack takes each post to a response_url but answers it only after
	 * {@code delay}: a slow round trip.
	 */
	void holdResponses(Duration delay) {
		this.responseDelay = delay;
	}

	/**
	 * From now on Slack takes each chat.update but answers it only once {@code release}
	 * is counted down (at most a minute): an update that hangs, holding whoever waits for
	 * it.
	 */
	void holdUpdates(CountDownLatch release) {
		this.updatesHeld = release;
	}

	/**
	 * Fyren's messages in the channel that carry an idempotency key in their metadata, as
	 * conversations.history shows them.
	 */
	List<JsonNode> keyedPosts(String channel) {
		return history.stream()
			.filter(message -> message.path("channel").asString().equals(channel))
			.filter(message -> message.path("metadata").path("event_payload").has("key"))
			.toList();
	}

	/** The Web API prefix to give Fyren as {@code fyren.slack.api-url}. */
	String apiUrl() {
		return base() + "/api/";
	}

	/** A fresh response_url; its calls are recorded under its path. */
	String responseUrl(String name) {
		return base() + "/response/" + name;
	}

	String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/**
	 * A file shared in the workspace: files.info describes it and its private address
	 * serves its bytes to the bot token. The file object an event carries for it.
	 */
	String share(SharedFile file) {
		files.put(file.id(), file);
		return fileJson(file);
	}

	private String fileJson(SharedFile file) {
		String name = java.net.URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
		return JSON.createObjectNode()
			.put("id", file.id())
			.put("name", file.name())
			.put("title", file.name())
			.put("filetype", file.filetype())
			.put("size", file.bytes().length)
			.put("url_private", base() + FILES + "T0FYREN-" + file.id() + "/" + name)
			.put("url_private_download", base() + FILES + "T0FYREN-" + file.id() + "/download/" + name)
			.toString();
	}

	/** conversations.info says Fyren is not a member of this public channel. */
	void notMemberOf(String channel) {
		notMemberOf.add(channel);
	}

	/**
	 * The next {@code times} calls of the method fail this way, then calls succeed again.
	 */
	void failNext(String method, int times, Failure failure) {
		Deque<Failure> queue = failures.computeIfAbsent(method, m -> new ConcurrentLinkedDeque<>());
		for (int i = 0; i < times; i++) {
			queue.add(failure);
		}
	}

	/** Every chat.postMessage to this channel fails this way. */
	void failChannel(String channel, Failure failure) {
		channelFailures.put(channel, failure);
	}

	void socketUrl(String url) {
		this.socketUrl = url;
	}

	void locale(String user, String slackLocale) {
		locales.put(user, slackLocale);
	}

	void profile(String user, String displayName, String realName) {
		profiles.put(user, new Profile(displayName, realName));
	}

	List<Call> calls(Predicate<Call> which) {
		return calls.stream().filter(which).toList();
	}

	List<Call> calls(String method) {
		return calls(call -> call.method().equals(method));
	}

	List<Call> responses(String responseUrl) {
		return List.copyOf(callsByPath.getOrDefault(responseUrl.substring(base().length()), List.of()));
	}

	List<Call> posts(String channel) {
		return calls(call -> call.method().equals("chat.postMessage") && channel.equals(call.param("channel")));
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Call call = new Call(path, form(body), body, System.nanoTime(),
					exchange.getRequestHeaders().getFirst("Authorization"));
			Failure failure = failureFor(call);
			calls.add(call);
			callsByPath.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(call);
			if (failure != null) {
				failure.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
				send(exchange, failure.status(), failure.body());
				return;
			}
			if (call.method().equals("download")) {
				download(exchange, call);
				return;
			}
			String answer = success(call);
			if (call.method().equals("chat.postMessage") && !postDelay.isZero()) {
				hold(postDelay);
			}
			if (call.method().equals("response") && !responseDelay.isZero()) {
				hold(responseDelay);
			}
			if (call.method().equals("chat.update")) {
				awaitRelease(updatesHeld);
			}
			send(exchange, 200, answer);
		}
	}

	/**
	 * A private file's bytes for the bot token; without it, Slack's sign-in page (Slack
	 * answers so, not with an error).
	 */
	private void download(HttpExchange exchange, Call call) throws IOException {
		String id = call.path().substring(FILES.length()).replaceFirst("^T0FYREN-", "").replaceFirst("/.*", "");
		SharedFile file = files.get(id);
		if (!("Bearer " + BOT_TOKEN).equals(call.authorization()) || file == null) {
			byte[] page = "<!DOCTYPE html><html><body>Logga in på Slack</body></html>".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			return;
		}
		exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
		exchange.sendResponseHeaders(200, file.bytes().length == 0 ? -1 : file.bytes().length);
		exchange.getResponseBody().write(file.bytes());
	}

	private static void hold(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void awaitRelease(CountDownLatch release) {
		try {
			release.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Failure failureFor(Call call) {
		Deque<Failure> queue = failures.get(call.method());
		Failure next = queue == null ? null : queue.poll();
		if (next != null) {
			return next;
		}
		if (call.method().equals("chat.postMessage") && call.param("channel") != null) {
			return channelFailures.get(call.param("channel"));
		}
		return null;
	}

	private String success(Call call) {
		return switch (call.method()) {
			case "auth.test" -> """
					{"ok":true,"url":"https://fyren-test.slack.com/","team":"Fyren test","user":"fyren",
					 "team_id":"T0FYREN","user_id":"%s","bot_id":"BFYREN"}""".formatted(BOT_USER);
			case "users.info" -> {
				String user = call.param("user");
				Profile profile = profiles.getOrDefault(user, new Profile("", ""));
				yield """
						{"ok":true,"user":{"id":"%s","name":"tester","real_name":"%s","locale":"%s",
						 "profile":{"display_name":"%s","real_name":"%s"}}}""".formatted(user, profile.realName(),
						locales.getOrDefault(user, "sv-SE"), profile.displayName(), profile.realName());
			}
			case "chat.postMessage" -> {
				String ts = calls.size() + ".000100";
				ObjectNode message = JSON.createObjectNode()
					.put("type", "message")
					.put("channel", call.param("channel"))
					.put("ts", ts)
					.put("bot_id", "BFYREN")
					.put("text", call.param("text"));
				if (call.param("metadata") != null) {
					message.set("metadata", JSON.readTree(call.param("metadata")));
				}
				history.add(message);
				yield """
						{"ok":true,"channel":"%s","ts":"%s"}""".formatted(call.param("channel"), ts);
			}
			case "conversations.history" -> {
				ObjectNode answer = JSON.createObjectNode().put("ok", true).put("has_more", false);
				history.stream()
					.filter(message -> message.path("channel").asString().equals(call.param("channel")))
					.forEach(answer.withArray("messages")::add);
				yield answer.toString();
			}
			case "conversations.info" -> """
					{"ok":true,"channel":{"id":"%s","name":"kanal","is_channel":true,"is_member":%s}}"""
				.formatted(call.param("channel"), !notMemberOf.contains(call.param("channel")));
			case "files.info" -> {
				SharedFile file = files.get(call.param("file"));
				yield file == null ? "{\"ok\":false,\"error\":\"file_not_found\"}"
						: "{\"ok\":true,\"file\":" + fileJson(file) + "}";
			}
			case "apps.connections.open" -> """
					{"ok":true,"url":"%s"}""".formatted(socketUrl);
			case "response" -> "ok";
			default -> "{\"ok\":true}";
		};
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.add("Content-Type", body.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> params = new LinkedHashMap<>();
		if (body.startsWith("{") || body.isBlank()) {
			return params;
		}
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			params.put(name, value);
		}
		return params;
	}

	private static ThreadFactory named(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return work -> new Thread(work, prefix + count.incrementAndGet());
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

}
