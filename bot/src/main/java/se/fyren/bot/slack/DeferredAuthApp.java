package se.fyren.bot.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;

/**
 * Bolt's {@link App} with its default middleware, except that the bot token is checked
 * with {@code auth.test} on the first request (and then cached) instead of when the app
 * is built: Bolt's own default calls Slack right away and throws when Slack cannot be
 * reached or the token is revoked, which would stop all of Fyren. Whether Slack answers
 * is {@link se.fyren.bot.chat.Reachability}'s to find out and report.
 */
final class DeferredAuthApp extends App {

	DeferredAuthApp(AppConfig config) {
		super(config);
	}

	@Override
	protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
		List<Middleware> middleware = new ArrayList<>();
		if (config.isSslCheckEnabled()) {
			middleware.add(new SSLCheck(config.getVerificationToken()));
		}
		if (config.isRequestVerificationEnabled()) {
			middleware.add(new RequestVerification(
					new SlackSignature.Verifier(new SlackSignature.Generator(config.getSigningSecret()))));
		}
		middleware.add(new SingleTeamAuthorization(config, null));
		if (config.isIgnoringSelfEventsEnabled()) {
			middleware.add(new IgnoringSelfEvents(config.getSlack().getConfig(),
					config.isIgnoringSelfAssistantMessageEventsEnabled()));
		}
		return middleware;
	}

}
