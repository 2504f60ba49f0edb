package se.fyren.bot.ask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.stereotype.Component;

/**
 * Deletes answers older than {@code fyren.ask.retention-days}, with their ratings, every
 * night, as the dialogue chains are: a question can name people or situations, and a
 * rating names who gave it.
 */
@Component
public class AnswerRetention {

	private static final Logger log = LoggerFactory.getLogger(AnswerRetention.class);

	private final AnswerLog answers;

	private final Clock clock;

	private final Settings settings;

	AnswerRetention(AnswerLog answers, Clock clock, Settings settings) {
		this.answers = answers;
		this.clock = clock;
		this.settings = settings;
	}

	/** The number of answers deleted. */
	public int deleteExpired() {
		Instant cutOff = Instant.now(clock).minus(Duration.ofDays(settings.retentionDays()));
		int deleted = answers.deleteAskedBefore(cutOff);
		log.info("Retention: deleted {} answers and their ratings asked before {} ({} days)", deleted, cutOff,
				settings.retentionDays());
		return deleted;
	}

	/**
	 * @param retentionDays how long answers and their ratings are kept: 90 by default, as
	 * the dialogue chains, a quarter in which the worst-rated answers are looked at and
	 * the reports or the thesaurus mended
	 * @param retentionCron when the nightly deletion runs (Quartz cron)
	 */
	@ConfigurationProperties("fyren.ask")
	record Settings(@DefaultValue("90") int retentionDays, @DefaultValue("0 25 3 * * ?") String retentionCron) {

		Settings {
			if (retentionDays < 1) {
				throw new IllegalArgumentException("fyren.ask.retention-days must be at least 1, was " + retentionDays);
			}
			if (!org.quartz.CronExpression.isValidExpression(retentionCron)) {
				throw new IllegalArgumentException(
						"fyren.ask.retention-cron is not a Quartz cron expression: " + retentionCron);
			}
		}

	}

	@DisallowConcurrentExecution
	static class Job extends QuartzJobBean {

		private final AnswerRetention retention;

		Job(AnswerRetention retention) {
			this.retention = retention;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			retention.deleteExpired();
		}

	}

	/** The nightly job, in Quartz's store like the dialogue chains' retention. */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(Settings.class)
	static class Nightly {

		@Bean
		JobDetail answerRetentionJob() {
			return JobBuilder.newJob(Job.class).withIdentity("retention", "answers").storeDurably().build();
		}

		@Bean
		Trigger answerRetentionTrigger(JobDetail answerRetentionJob, Settings settings) {
			return TriggerBuilder.newTrigger()
				.forJob(answerRetentionJob)
				.withIdentity("retention", "answers")
				.withSchedule(CronScheduleBuilder.cronSchedule(settings.retentionCron())
					.withMisfireHandlingInstructionFireAndProceed())
				.build();
		}

	}

}
