package se.fyren.bot.slack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's servlet at {@code /slack/events}, with the signature checked before Bolt parses
 * (and, on a parse failure, logs) the body, a timestamp as far in the future refused as
 * one as far in the past, and a signed request Bolt cannot read or handle answered 400
 * with one log line instead of a 500 and a stack trace. Bolt's own verification still
 * runs after this one. The body was read, bounded, by the request size limit.
 */
final class SlackEventsServlet extends SlackAppServlet {

	/** As far off as Bolt and Slack's own guidance allow a timestamp in the past. */
	static final Duration MAX_SKEW = Duration.ofMinutes(5);

	static final String TIMESTAMP = "X-Slack-Request-Timestamp";

	static final String SIGNATURE = "X-Slack-Signature";

	private static final Logger log = LoggerFactory.getLogger(SlackEventsServlet.class);

	private final transient SlackSignature.Generator signatures;

	private final transient Clock clock;

	SlackEventsServlet(App app, String signingSecret, Clock clock) {
		super(app);
		this.signatures = new SlackSignature.Generator(signingSecret);
		this.clock = clock;
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String refusal = refusal(request.getHeader(TIMESTAMP), request.getHeader(SIGNATURE), body);
		if (refusal != null) {
			log.info("Slack request refused: {}", refusal);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		try {
			super.doPost(request, response);
		}
		catch (RuntimeException ex) {
			// Signed, so from Slack, but of a shape Bolt or a listener cannot use: the
			// class of the failure says enough, the body is what a user wrote.
			log.warn("Signed Slack request could not be handled ({}); answered 400", ex.getClass().getName());
			if (!response.isCommitted()) {
				response.reset();
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
		}
	}

	/** Why the request is not Slack's, or null when it is. */
	private String refusal(String timestamp, String signature, String body) {
		if (timestamp == null || signature == null) {
			return "no timestamp or signature";
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			return "timestamp is not a number";
		}
		long off = Math.abs(clock.instant().getEpochSecond() - seconds);
		if (off > MAX_SKEW.toSeconds()) {
			return "timestamp " + off + " s off, more than " + MAX_SKEW.toSeconds() + " s";
		}
		String expected = signatures.generate(timestamp, body);
		// Compared in constant time, so the comparison's duration gives nothing away.
		if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				signature.getBytes(StandardCharsets.UTF_8))) {
			return "signature does not match";
		}
		return null;
	}

}
