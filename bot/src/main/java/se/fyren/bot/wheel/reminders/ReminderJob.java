package se.fyren.bot.wheel.reminders;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz's wake-up call: sends what is due now. Not two at once in the cluster, so they
 * do not race.
 */
@DisallowConcurrentExecution
class ReminderJob extends QuartzJobBean {

	private final Reminders reminders;

	ReminderJob(Reminders reminders) {
		this.reminders = reminders;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		reminders.sendDue();
	}

}
