package se.fyren.bot.teams;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Teams is on when both the app id and the app password are set. Not
 * {@code @ConditionalOnProperty}: the placeholders in {@code application.yml} resolve to
 * empty strings, which that condition counts as set.
 */
class TeamsConfigured extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean configured = hasText(context, "fyren.teams.app-id") && hasText(context, "fyren.teams.app-password");
		return configured ? ConditionOutcome.match("Teams app id and password are set")
				: ConditionOutcome.noMatch("Teams app id or password is missing");
	}

	private static boolean hasText(ConditionContext context, String key) {
		String value = context.getEnvironment().getProperty(key);
		return value != null && !value.isBlank();
	}

	/** The opposite, for the one line that says Teams is off. */
	static class Not extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionOutcome outcome = new TeamsConfigured().getMatchOutcome(context, metadata);
			return new ConditionOutcome(!outcome.isMatch(), outcome.getConditionMessage());
		}

	}

}
