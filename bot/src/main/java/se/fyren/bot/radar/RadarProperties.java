package se.fyren.bot.radar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The window radar's settings ({@code fyren.radar.*}; defaults in application.yml).
 *
 * @param problemSpan how long a problem signal (new data, an event) keeps the problem
 * stream live
 * @param politicsSpan how long a political signal (a motion, a new chair) keeps the
 * politics stream live
 * @param policySpan how long a proposal stays ready; a costed measure ages more slowly
 * than a headline
 * @param defaultLead how long before a decision point without lead times of its own its
 * window is watched
 * @param maxAhead how far in the future a signal may be dated (a planned motion, a report
 * announced); further is a typing mistake
 * @param checkCron when the radar looks at every issue again, as streams go stale and
 * decision points come near (Quartz cron, in the wheel's zone)
 * @param advice the questions to the reports whose passages advise on each missing stream
 * @param suggestLead how long before one of the wheel's problem-stream data releases (HLV
 * results, the annual report) an issue following that calendar is offered to log its
 * figures
 * @param retentionDays signals logged longer ago than this are deleted, and issues with
 * nothing logged since (with their notices): what teams wrote and who logged it is
 * personal data, as a dialogue chain's answers are
 * @param retentionCron when the nightly clean-up runs (Quartz cron)
 */
@ConfigurationProperties("fyren.radar")
public record RadarProperties(Duration problemSpan, Duration politicsSpan, Duration policySpan, Duration defaultLead,
		Duration maxAhead, String checkCron, Advice advice, Duration suggestLead, int retentionDays,
		String retentionCron) {

	/** One question to the reports per stream. */
	public record Advice(String problem, String politics, String policy) {

		public Advice {
			if (blank(problem) || blank(politics) || blank(policy)) {
				throw new IllegalArgumentException("fyren.radar.advice needs problem, politics and policy");
			}
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

	}

	public RadarProperties {
		positive("problem-span", problemSpan);
		positive("politics-span", politicsSpan);
		positive("policy-span", policySpan);
		positive("default-lead", defaultLead);
		positive("max-ahead", maxAhead);
		if (checkCron == null || checkCron.isBlank()) {
			throw new IllegalArgumentException("fyren.radar.check-cron must be set");
		}
		if (advice == null) {
			throw new IllegalArgumentException("fyren.radar.advice must be set");
		}
		positive("suggest-lead", suggestLead);
		if (retentionDays < 1) {
			throw new IllegalArgumentException("fyren.radar.retention-days must be at least 1, was " + retentionDays);
		}
		if (retentionCron == null || retentionCron.isBlank()) {
			throw new IllegalArgumentException("fyren.radar.retention-cron must be set");
		}
	}

	private static void positive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("fyren.radar." + name + " must be positive, not " + value);
		}
	}

}
