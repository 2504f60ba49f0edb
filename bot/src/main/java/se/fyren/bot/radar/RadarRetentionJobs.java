package se.fyren.bot.radar;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The radar's nightly retention, as the dialogue chains' own: one job and one cron
 * trigger in Quartz's clustered store, so it runs on one instance.
 */
@Configuration(proxyBeanMethods = false)
class RadarRetentionJobs {

	static final String GROUP = "radar";

	@DisallowConcurrentExecution
	static class RetentionJob extends QuartzJobBean {

		private final RadarRetention retention;

		RetentionJob(RadarRetention retention) {
			this.retention = retention;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			retention.deleteExpired();
		}

	}

	@Bean
	JobDetail radarRetentionJob() {
		return JobBuilder.newJob(RetentionJob.class).withIdentity("retention", GROUP).storeDurably().build();
	}

	@Bean
	Trigger radarRetentionTrigger(JobDetail radarRetentionJob, RadarProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(radarRetentionJob)
			.withIdentity("retention", GROUP)
			.withSchedule(CronScheduleBuilder.cronSchedule(properties.retentionCron())
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
