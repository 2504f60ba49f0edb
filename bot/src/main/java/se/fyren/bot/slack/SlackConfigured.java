package se.fyren.bot.slack;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Slack is on when both a bot token and a signing secret are set. Not
 * {@code @ConditionalOnProperty}: the placeholders in {@code application.yml} resolve to
 * empty strings, which that condition counts as set.
 */
class SlackConfigured extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean configured = hasText(context, "fyren.slack.bot-token")
				&& hasText(context, "fyren.slack.signing-secret");
		return configured ? ConditionOutcome.match("Slack bot token and signing secret are set")
				: ConditionOutcome.noMatch("Slack bot token or signing secret is missing");
	}

	private static boolean hasText(ConditionContext context, String key) {
		String value = context.getEnvironment().getProperty(key);
		return value != null && !value.isBlank();
	}

	/** The opposite, for the one line that says Slack is off. */
	static class Not extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionOutcome outcome = new SlackConfigured().getMatchOutcome(context, metadata);
			return new ConditionOutcome(!outcome.isMatch(), outcome.getConditionMessage());
		}

	}

}
