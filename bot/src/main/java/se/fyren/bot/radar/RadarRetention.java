package se.fyren.bot.radar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes what teams logged longer ago than the retention setting, as dialogue chains
 * are: a signal says what someone wrote and who logged it.
 */
@Component
class RadarRetention {

	private static final Logger log = LoggerFactory.getLogger(RadarRetention.class);

	private final FollowedIssues issues;

	private final Clock clock;

	private final RadarProperties properties;

	RadarRetention(FollowedIssues issues, Clock clock, RadarProperties properties) {
		this.issues = issues;
		this.clock = clock;
		this.properties = properties;
	}

	FollowedIssues.Deleted deleteExpired() {
		Instant cutOff = Instant.now(clock).minus(Duration.ofDays(properties.retentionDays()));
		FollowedIssues.Deleted deleted = issues.deleteOlderThan(cutOff);
		log.info("Retention: deleted {} radar signals and {} followed issues logged before {} ({} days)",
				deleted.signals(), deleted.issues(), cutOff, properties.retentionDays());
		return deleted;
	}

}
