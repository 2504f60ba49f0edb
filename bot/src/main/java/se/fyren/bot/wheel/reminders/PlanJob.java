package se.fyren.bot.wheel.reminders;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Nightly: schedules the wake-ups that have come within the horizon. */
@DisallowConcurrentExecution
class PlanJob extends QuartzJobBean {

	private final ReminderTriggers triggers;

	PlanJob(ReminderTriggers triggers) {
		this.triggers = triggers;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		triggers.planAhead();
	}

}
