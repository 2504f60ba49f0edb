package se.fyren.bot.slack;

import se.fyren.bot.infra.RetryAfter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.Gson;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.Message;
import com.slack.api.model.User;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatWorkers;
import se.fyren.bot.chat.Inbound;

/**
 * The few Slack calls Fyren makes, each retried on HTTP 429 after the Retry-After Slack
 * asks for, and each failure logged with what was being done. Bolt's synchronous client
 * does not retry by itself (only its async client queues for rate limits), and a worker
 * thread waiting a second or two is fine here.
 */
final class SlackWeb implements AutoCloseable {

	static final int RATE_LIMIT_RETRIES = 2;

	static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(SlackWeb.class);

	private static final int MAX_CACHED_PEOPLE = 10_000;

	/** The metadata event type of Fyren's messages that carry an idempotency key. */
	static final String KEYED_EVENT = "fyren_keyed_post";

	static final String KEY = "key";

	// Fyren's and Slack's clocks may differ a little; a wider look back costs nothing.
	private static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

	// Messages in a channel since a claim a few minutes old: one page is ample.
	private static final int HISTORY_PAGE = 200;

	// Direct-message conversation ids start with D; Fyren is always in its own.
	private static final String DIRECT_MESSAGE_PREFIX = "D";

	private final Slack slack;

	private final MethodsClient methods;

	private final Gson gson;

	private final Map<String, SlackPerson> people = new ConcurrentHashMap<>();

	/** The bot token, which Slack wants on a private file's download as well. */
	private final String botToken;

	/** Slack answers a private file's URL with a redirect to its storage. */
	private final HttpClient downloads = HttpClient.newBuilder()
		.connectTimeout(DOWNLOAD_CONNECT_TIMEOUT)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	// A document of the largest allowed size comes in well within this on any line Fyren
	// runs on; a hung download must not hold a worker for ever.
	private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(2);

	private static final Duration DOWNLOAD_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	// Posting is waiting on the network (and on Slack's rate limit): threads of their
	// own, so a search worker goes on to the next question meanwhile. Each post holds its
	// thread for Slack's round trip (tens of ms on loopback, more to Slack): with 4, a
	// burst of 50 answers queued for posting (answer posted p95 370-445 ms in the load
	// benchmark); the threads only wait, so there are enough for a burst.
	private static final int POSTERS = 16;

	private final ChatWorkers posts = new ChatWorkers(Channel.SLACK, POSTERS);

	SlackWeb(Slack slack, String botToken) {
		this.slack = slack;
		this.botToken = botToken;
		this.methods = slack.methods(botToken);
		this.gson = GsonFactory.createSnakeCase(slack.getConfig());
	}

	/**
	 * A message in a channel, DM or thread ({@code threadTs} may be null): its ts, or
	 * empty when Slack refused it.
	 */
	Optional<String> postMessage(String channel, String threadTs, Rendered message) {
		return call("chat.postMessage", "channel " + channel,
				() -> methods.chatPostMessage(
						r -> r.channel(channel).threadTs(threadTs).text(message.text()).blocks(message.blocks())))
			.map(response -> response.getTs());
	}

	/**
	 * A message that carries an idempotency key in its metadata, which Slack keeps and
	 * {@link #postedWithKey} reads back.
	 */
	Optional<String> postMessage(String channel, String threadTs, Rendered message, String key) {
		Message.Metadata metadata = new Message.Metadata(KEYED_EVENT, Map.of(KEY, key));
		return call("chat.postMessage", "channel " + channel,
				() -> methods.chatPostMessage(r -> r.channel(channel)
					.threadTs(threadTs)
					.text(message.text())
					.blocks(message.blocks())
					.metadata(metadata)))
			.map(response -> response.getTs());
	}

	/**
	 * Whether an app's message with this key in its metadata is in the channel since
	 * {@code since} (top-level messages); empty when Slack could not be asked.
	 */
	Optional<Boolean> postedWithKey(String channel, String key, Instant since) {
		String oldest = String.valueOf(since.minus(CLOCK_MARGIN).getEpochSecond());
		return call("conversations.history", "channel " + channel,
				() -> methods.conversationsHistory(
						r -> r.channel(channel).oldest(oldest).limit(HISTORY_PAGE).includeAllMetadata(true)))
			.map(history -> history.getMessages()
				.stream()
				.anyMatch(message -> message.getBotId() != null && message.getMetadata() != null
						&& KEYED_EVENT.equals(message.getMetadata().getEventType())
						&& message.getMetadata().getEventPayload() != null
						&& key.equals(message.getMetadata().getEventPayload().get(KEY))));
	}

	/**
	 * Whether Fyren is a member of the conversation, so its posts there are not refused
	 * ({@code not_in_channel}): a direct message always; a channel when
	 * conversations.info says {@code is_member}; not a private channel Slack will not
	 * show Fyren ({@code channel_not_found}). True when Slack cannot say (unreachable, a
	 * scope missing): a passing fault refuses nothing.
	 */
	boolean isMember(String channel) {
		if (channel.startsWith(DIRECT_MESSAGE_PREFIX)) {
			return true;
		}
		try {
			ConversationsInfoResponse info = methods.conversationsInfo(r -> r.channel(channel));
			if (info.isOk()) {
				return info.getChannel().isMember() || info.getChannel().isIm();
			}
			if ("channel_not_found".equals(info.getError())) {
				return false;
			}
			log.warn("Slack conversations.info failed for channel {}: {}", channel, info.getError());
		}
		catch (IOException | SlackApiException ex) {
			log.warn("Could not ask Slack whether Fyren is in channel {}: {}", channel, ex.toString());
		}
		return true;
	}

	/**
	 * A shared file's name, size and private download address, as files.info gives them
	 * (the event's own copy may be partial); empty when Slack refused.
	 */
	Optional<com.slack.api.model.File> file(String id) {
		return call("files.info", "file " + id, () -> methods.filesInfo(r -> r.file(id)))
			.map(response -> response.getFile());
	}

	/**
	 * A private file's bytes, downloaded with the bot token ({@code files:read}), at most
	 * {@code limit + 1} of them. Slack answers a download it will not allow with its
	 * sign-in page rather than an error: a web page where no HTML file was shared is
	 * refused.
	 */
	byte[] download(String url, long limit, boolean htmlFile) throws IOException {
		URI address;
		try {
			address = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new IOException("Slack gave a file address that is not a URL", ex);
		}
		HttpRequest request = HttpRequest.newBuilder(address)
			.timeout(DOWNLOAD_TIMEOUT)
			.header("Authorization", "Bearer " + botToken)
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = downloads.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new IOException("Slack answered the file download with HTTP " + response.statusCode());
				}
				if (!htmlFile && response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
					throw new IOException("Slack answered the file download with a web page (files:read missing?)");
				}
				return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted downloading a file", ex);
		}
	}

	boolean updateMessage(String channel, String ts, Rendered message) {
		return call("chat.update", "channel " + channel,
				() -> methods.chatUpdate(r -> r.channel(channel).ts(ts).text(message.text()).blocks(message.blocks())))
			.isPresent();
	}

	boolean postEphemeral(String channel, String threadTs, String user, Rendered message) {
		return call("chat.postEphemeral", "user " + user + " in " + channel, () -> methods.chatPostEphemeral(
				r -> r.channel(channel).threadTs(threadTs).user(user).text(message.text()).blocks(message.blocks())))
			.isPresent();
	}

	boolean openView(String triggerId, View view) {
		return call("views.open", "trigger " + triggerId,
				() -> methods.viewsOpen(r -> r.triggerId(triggerId).view(view)))
			.isPresent();
	}

	boolean publishHome(String user, View view) {
		return call("views.publish", "user " + user, () -> methods.viewsPublish(r -> r.userId(user).view(view)))
			.isPresent();
	}

	/**
	 * Swedish unless the user's Slack locale is English. Asked once per user and
	 * remembered; Swedish when Slack cannot say (the answer must not wait on a lookup
	 * that failed).
	 */
	Locale localeOf(String user) {
		return person(user).map(SlackPerson::locale).orElse(Inbound.SWEDISH);
	}

	/**
	 * The name people see in Slack: the display name, else the full name. Asked with the
	 * locale, in the same users.info call.
	 */
	Optional<String> nameOf(String user) {
		return person(user).map(SlackPerson::name);
	}

	/** What users.info says about a user that Fyren uses, remembered once it answered. */
	private record SlackPerson(Locale locale, String name) {

		static SlackPerson of(User user) {
			User.Profile profile = user.getProfile();
			String name = profile == null ? null : firstGiven(profile.getDisplayName(), profile.getRealName());
			return new SlackPerson(fyrenLocale(user.getLocale()), firstGiven(name, user.getRealName()));
		}

		private static String firstGiven(String first, String second) {
			return first != null && !first.isBlank() ? first : second == null || second.isBlank() ? null : second;
		}

	}

	private Optional<SlackPerson> person(String user) {
		if (user == null) {
			return Optional.empty();
		}
		SlackPerson known = people.get(user);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<UsersInfoResponse> info;
		try {
			info = call("users.info", "user " + user, () -> methods.usersInfo(r -> r.user(user).includeLocale(true)));
		}
		catch (RuntimeException ex) {
			// A reply the client cannot read: the person's language and name are
			// niceties, and the question they asked must still be answered.
			log.warn("Slack users.info for user {} gave a reply that could not be read: {}", user, ex.toString());
			return Optional.empty();
		}
		return info.map(response -> response.getUser() == null ? null : SlackPerson.of(response.getUser()))
			.map(person -> {
				if (people.size() >= MAX_CACHED_PEOPLE) {
					people.clear();
				}
				people.put(user, person);
				return person;
			});
	}

	static Locale fyrenLocale(String slackLocale) {
		if (slackLocale == null) {
			return Inbound.SWEDISH;
		}
		return Locale.forLanguageTag(slackLocale).getLanguage().equals("en") ? Locale.ENGLISH : Inbound.SWEDISH;
	}

	/**
	 * Posts to a response_url as {@link #respond} does, on a posting thread: the caller
	 * does not wait for Slack. Posts under way are finished on shutdown.
	 */
	void respondLater(String responseUrl, ActionResponse response) {
		posts.submit("response", () -> respond(responseUrl, response));
	}

	@Override
	public void close() {
		posts.close();
	}

	/**
	 * Posts to a response_url (slash commands and buttons): ephemeral, in the channel, or
	 * deleting.
	 */
	boolean respond(String responseUrl, ActionResponse response) {
		if (responseUrl == null || responseUrl.isBlank()) {
			log.warn("Cannot respond: the Slack payload had no response_url");
			return false;
		}
		String body = gson.toJson(response);
		for (int attempt = 0;; attempt++) {
			try {
				WebhookResponse sent = slack.send(responseUrl, body);
				if (sent.getCode() == 429 && attempt < RATE_LIMIT_RETRIES) {
					waitAfterRateLimit("response_url", firstHeader(sent.getHeaders(), "retry-after"), attempt);
					continue;
				}
				if (sent.getCode() / 100 != 2) {
					log.warn("Slack response_url answered HTTP {} ({}); the user got no reply", sent.getCode(),
							sent.getBody());
					return false;
				}
				return true;
			}
			catch (IOException ex) {
				log.warn("Could not reach Slack's response_url: {}", ex.toString());
				return false;
			}
		}
	}

	private <T extends SlackApiTextResponse> Optional<T> call(String method, String context, ApiCall<T> call) {
		for (int attempt = 0;; attempt++) {
			try {
				T response = call.run();
				if (response.isOk()) {
					return Optional.of(response);
				}
				log.warn("Slack {} failed for {}: {}", method, context, response.getError());
				return Optional.empty();
			}
			catch (SlackApiException ex) {
				int status = ex.getResponse().code();
				if (status == 429 && attempt < RATE_LIMIT_RETRIES) {
					waitAfterRateLimit(method + " for " + context, ex.getResponse().header("Retry-After"), attempt);
					continue;
				}
				log.warn("Slack {} failed for {}: HTTP {} {}", method, context, status,
						ex.getError() == null ? "" : ex.getError().getError());
				return Optional.empty();
			}
			catch (IOException ex) {
				log.warn("Could not reach Slack for {} ({}): {}", method, context, ex.toString());
				return Optional.empty();
			}
		}
	}

	private static void waitAfterRateLimit(String what, String retryAfter, int attempt) {
		Duration asked = RetryAfter.wait(retryAfter, attempt, Instant.now());
		Duration wait = asked.compareTo(MAX_RETRY_WAIT) > 0 ? MAX_RETRY_WAIT : asked;
		log.warn("Slack rate limited {}; retrying in {} s (retry {} of {})", what, wait.toSeconds(), attempt + 1,
				RATE_LIMIT_RETRIES);
		RetryAfter.pause(wait);
	}

	private static String firstHeader(Map<String, List<String>> headers, String name) {
		if (headers == null) {
			return null;
		}
		return headers.entrySet()
			.stream()
			.filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
			.map(e -> e.getValue().get(0))
			.findFirst()
			.orElse(null);
	}

	@FunctionalInterface
	private interface ApiCall<T> {

		T run() throws IOException, SlackApiException;

	}

}
