package se.fyren.bot.slack;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import se.fyren.bot.infra.ChatSettingsPresent;

/**
 * Slack is on when a bot token is set with a way for Slack to reach Fyren: a signing
 * secret (HTTP at {@code /slack/events}) or an app-level token (Socket Mode, which Slack
 * authenticates by the token and needs no signing secret).
 */
class SlackConfigured extends SpringBootCondition {

	static final String BOT_TOKEN = "fyren.slack.bot-token";

	static final String SIGNING_SECRET = "fyren.slack.signing-secret";

	static final String APP_TOKEN = "fyren.slack.app-token";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean on = configured(context);
		return new ConditionOutcome(on, on ? "Slack bot token and a signing secret or an app token are set"
				: "Slack needs a bot token and a signing secret or an app token");
	}

	static boolean configured(ConditionContext context) {
		return set(context, BOT_TOKEN) && (set(context, SIGNING_SECRET) || set(context, APP_TOKEN));
	}

	private static boolean set(ConditionContext context, String key) {
		String value = context.getEnvironment().getProperty(key);
		return value != null && !value.isBlank();
	}

	/** The opposite, for the one line that says Slack is off. */
	static class Not extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return new ConditionOutcome(!configured(context), "Slack settings");
		}

	}

	/** HTTP at {@code /slack/events}: only with a signing secret to check it by. */
	static class Http extends ChatSettingsPresent {

		Http() {
			super("Slack HTTP", true, SIGNING_SECRET);
		}

	}

}
