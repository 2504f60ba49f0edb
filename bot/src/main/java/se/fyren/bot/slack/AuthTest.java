package se.fyren.bot.slack;

import java.io.IOException;
import java.util.Optional;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;

import se.fyren.bot.chat.Reachability;

/**
 * Slack answers when {@code auth.test} accepts the bot token: the reason otherwise
 * (Slack's error code, or why it could not be reached), never the token.
 */
final class AuthTest implements Reachability.Probe {

	private final Slack slack;

	private final String botToken;

	AuthTest(Slack slack, String botToken) {
		this.slack = slack;
		this.botToken = botToken;
	}

	@Override
	public Optional<String> get() {
		try {
			AuthTestResponse response = slack.methods().authTest(r -> r.token(botToken));
			return response.isOk() ? Optional.empty() : Optional.of("auth.test: " + response.getError());
		}
		catch (SlackApiException ex) {
			return Optional.of("auth.test: HTTP " + ex.getResponse().code());
		}
		catch (IOException ex) {
			return Optional.of("unreachable: " + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : " " + ex.getMessage()));
		}
	}

}
