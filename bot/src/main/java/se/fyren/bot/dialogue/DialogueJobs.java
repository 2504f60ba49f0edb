package se.fyren.bot.dialogue;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The chain's Quartz jobs. Each only wakes the service, which does what is due by the
 * application's clock, so tests drive the same entry points after moving the clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DialogueProperties.class)
class DialogueJobs {

	/** Fired by each chain's own trigger at its question's deadline. */
	@DisallowConcurrentExecution
	static class DeadlineJob extends QuartzJobBean {

		private final ChainTransitions dialogues;

		DeadlineJob(ChainTransitions dialogues) {
			this.dialogues = dialogues;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			dialogues.advanceDue();
		}

	}

	/**
	 * Refreshes the live countdowns; also moves on any chain whose own trigger was lost.
	 */
	@DisallowConcurrentExecution
	static class CountdownJob extends QuartzJobBean {

		private final ChainTransitions dialogues;

		CountdownJob(ChainTransitions dialogues) {
			this.dialogues = dialogues;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			dialogues.advanceDue();
			dialogues.refreshCountdowns();
		}

	}

	@DisallowConcurrentExecution
	static class RetentionJob extends QuartzJobBean {

		private final ChainRetention retention;

		RetentionJob(ChainRetention retention) {
			this.retention = retention;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			retention.deleteExpired();
		}

	}

	@Bean
	JobDetail dialogueDeadlineJob() {
		return JobBuilder.newJob(DeadlineJob.class).withIdentity(ChainTimers.DEADLINE_JOB).storeDurably().build();
	}

	@Bean
	JobDetail dialogueCountdownJob() {
		return JobBuilder.newJob(CountdownJob.class)
			.withIdentity("countdown", ChainTimers.GROUP)
			.storeDurably()
			.build();
	}

	@Bean
	Trigger dialogueCountdownTrigger(JobDetail dialogueCountdownJob, DialogueProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(dialogueCountdownJob)
			.withIdentity("countdown", ChainTimers.GROUP)
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.countdownEvery().toMillis())
				.repeatForever()
				// Ticks missed while Fyren was down are not worth catching up.
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	@Bean
	JobDetail dialogueRetentionJob() {
		return JobBuilder.newJob(RetentionJob.class)
			.withIdentity("retention", ChainTimers.GROUP)
			.storeDurably()
			.build();
	}

	@Bean
	Trigger dialogueRetentionTrigger(JobDetail dialogueRetentionJob, DialogueProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(dialogueRetentionJob)
			.withIdentity("retention", ChainTimers.GROUP)
			.withSchedule(CronScheduleBuilder.cronSchedule(properties.retentionCron())
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
