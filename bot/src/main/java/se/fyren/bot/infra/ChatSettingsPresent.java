package se.fyren.bot.infra;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Switches a chat adapter on when all its settings have text (or, with {@code wanted}
 * false, the one line saying it is off). Not {@code @ConditionalOnProperty}: the
 * placeholders in {@code application.yml} resolve to empty strings, which that condition
 * counts as set.
 */
public abstract class ChatSettingsPresent extends SpringBootCondition {

	private final String chat;

	private final boolean wanted;

	private final List<String> keys;

	protected ChatSettingsPresent(String chat, boolean wanted, String... keys) {
		this.chat = chat;
		this.wanted = wanted;
		this.keys = List.of(keys);
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean configured = keys.stream().allMatch(key -> {
			String value = context.getEnvironment().getProperty(key);
			return value != null && !value.isBlank();
		});
		String message = chat + (configured ? " settings are set: " : " settings are missing: ") + keys;
		return new ConditionOutcome(configured == wanted, message);
	}

}
