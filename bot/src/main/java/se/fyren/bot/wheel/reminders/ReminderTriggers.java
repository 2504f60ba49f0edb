package se.fyren.bot.wheel.reminders;

import se.fyren.bot.wheel.WheelProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the reminders' wake-ups in Quartz's job store: one trigger per occurrence and lead
 * time (the audiences are looked up when it fires, so a new subscriber is included), and
 * a nightly trigger that plans ahead again. A trigger missed while every instance was
 * down fires once when one starts (misfire: fire now); the sent table makes sure a second
 * firing sends nothing.
 */
@Component
class ReminderTriggers {

	static final String GROUP = "windows";

	static final JobKey REMINDERS = JobKey.jobKey("reminders", GROUP);

	static final JobKey PLAN = JobKey.jobKey("plan", GROUP);

	private static final Logger log = LoggerFactory.getLogger(ReminderTriggers.class);

	private final Scheduler scheduler;

	private final ReminderPlan plan;

	private final WheelProperties properties;

	private final Clock clock;

	ReminderTriggers(Scheduler scheduler, ReminderPlan plan, WheelProperties properties, Clock clock) {
		this.scheduler = scheduler;
		this.plan = plan;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Schedules every wake-up within the horizon that is not in the store yet; the number
	 * added.
	 */
	int planAhead() {
		Instant now = clock.instant();
		int added = 0;
		try {
			addJobs();
			for (ReminderPlan.WakeUp wakeUp : plan.wakeUps(now, now.plus(properties.horizon()))) {
				added += wakeAt(wakeUp.name(), wakeUp.at()) ? 1 : 0;
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Cannot schedule the year wheel's reminders", ex);
		}
		log.info("Year wheel: {} reminder wake-ups added to the schedule", added);
		return added;
	}

	/** One more wake-up, for a snoozed reminder. */
	void wakeForSnooze(String snoozeId, Instant at) {
		try {
			addJobs();
			wakeAt("snooze/" + snoozeId, at);
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Cannot schedule the snoozed reminder " + snoozeId, ex);
		}
	}

	private boolean wakeAt(String name, Instant at) throws SchedulerException {
		TriggerKey key = TriggerKey.triggerKey(name, GROUP);
		if (scheduler.checkExists(key)) {
			return false;
		}
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity(key)
			.forJob(REMINDERS)
			.startAt(Date.from(at))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
		try {
			scheduler.scheduleJob(trigger);
			return true;
		}
		catch (ObjectAlreadyExistsException ex) {
			// Another instance planned the same wake-up at the same moment.
			return false;
		}
	}

	private void addJobs() throws SchedulerException {
		if (!scheduler.checkExists(REMINDERS)) {
			JobDetail reminders = JobBuilder.newJob(ReminderJob.class).withIdentity(REMINDERS).storeDurably().build();
			addJob(reminders);
		}
		if (!scheduler.checkExists(PLAN)) {
			addJob(JobBuilder.newJob(PlanJob.class).withIdentity(PLAN).storeDurably().build());
			Trigger nightly = TriggerBuilder.newTrigger()
				.withIdentity("plan-nightly", GROUP)
				.forJob(PLAN)
				.withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(3, 0)
					.inTimeZone(TimeZone.getTimeZone(properties.zone()))
					.withMisfireHandlingInstructionFireAndProceed())
				.build();
			try {
				scheduler.scheduleJob(nightly);
			}
			catch (ObjectAlreadyExistsException ex) {
				// Planned by another instance.
			}
		}
	}

	private void addJob(JobDetail job) throws SchedulerException {
		try {
			scheduler.addJob(job, false);
		}
		catch (ObjectAlreadyExistsException ex) {
			// Added by another instance starting at the same time.
		}
	}

}
