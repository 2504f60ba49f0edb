package se.fyren.bot.dialogue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dialogue chain's settings; defaults in {@code application.yml} under
 * {@code fyren.dialogue}.
 *
 * @param templates the folder of chain templates (one YAML file each), relative to the
 * working directory
 * @param defaultTemplate the template {@code dialog start <grupp>} uses
 * @param timePerQuestion for templates that do not set their own
 * @param extraTime what "mer tid" adds to the current question
 * @param countdownEvery how often the live countdown in the question's message is
 * refreshed
 * @param retentionDays chains (and their answers) older than this are deleted: personal
 * views are personal data
 * @param retentionCron when the daily clean-up runs (Quartz cron)
 * @param historySize how many chains {@code dialog historik} lists
 * @param targetAreas the public-health policy's eight target areas and the words in a
 * group's name that touch them, for the prep card
 */
@ConfigurationProperties("fyren.dialogue")
record DialogueProperties(String templates, String defaultTemplate, Duration timePerQuestion, Duration extraTime,
		Duration countdownEvery, int retentionDays, String retentionCron, int historySize,
		List<TargetArea> targetAreas) {

	/**
	 * @param keywords lower-case word parts; a group whose name contains one touches the
	 * area
	 */
	record TargetArea(String name, List<String> keywords) {

		TargetArea {
			keywords = keywords == null ? List.of() : List.copyOf(keywords);
		}

	}

	DialogueProperties {
		targetAreas = targetAreas == null ? List.of() : List.copyOf(targetAreas);
		if (retentionDays < 1) {
			throw new IllegalArgumentException(
					"fyren.dialogue.retention-days must be at least 1, was " + retentionDays);
		}
		if (timePerQuestion == null || timePerQuestion.isNegative() || timePerQuestion.isZero()) {
			throw new IllegalArgumentException(
					"fyren.dialogue.time-per-question must be positive, was " + timePerQuestion);
		}
	}

	// Resolved against the working directory, as the knowledge settings are.
	Path templateFolder() {
		return Path.of(templates);
	}

}
