package se.fyren.bot.dialogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes chains older than the retention setting, with their answers: personal views are
 * personal data.
 */
@Component
class ChainRetention {

	private static final Logger log = LoggerFactory.getLogger(ChainRetention.class);

	private final Chains chains;

	private final Clock clock;

	private final DialogueProperties properties;

	ChainRetention(Chains chains, Clock clock, DialogueProperties properties) {
		this.chains = chains;
		this.clock = clock;
		this.properties = properties;
	}

	Chains.Deleted deleteExpired() {
		Instant cutOff = Instant.now(clock).minus(Duration.ofDays(properties.retentionDays()));
		Chains.Deleted deleted = chains.deleteStartedBefore(cutOff);
		log.info("Retention: deleted {} dialogue chains and {} answers started before {} ({} days)", deleted.chains(),
				deleted.answers(), cutOff, properties.retentionDays());
		return deleted;
	}

}
