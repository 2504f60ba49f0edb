package se.fyren.bot.radar;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.fyren.bot.wheel.WheelProperties;

/**
 * Puts the radar's nightly check in Quartz's job store when the server is up (a
 * command-line run does not): one job and one cron trigger for the cluster, replaced when
 * {@code fyren.radar.check-cron} changed. A night missed while every instance was down is
 * checked once on start.
 */
@Component
@Profile("!cli")
class RadarSchedule {

	static final JobKey CHECK = JobKey.jobKey("check", "radar");

	static final TriggerKey NIGHTLY = TriggerKey.triggerKey("check-nightly", "radar");

	private final Scheduler scheduler;

	private final RadarProperties properties;

	private final WheelProperties wheel;

	RadarSchedule(Scheduler scheduler, RadarProperties properties, WheelProperties wheel) {
		this.scheduler = scheduler;
		this.properties = properties;
		this.wheel = wheel;
	}

	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		try {
			try {
				scheduler.addJob(JobBuilder.newJob(RadarJob.class).withIdentity(CHECK).storeDurably().build(), true);
			}
			catch (ObjectAlreadyExistsException ex) {
				// Added by another instance starting at the same time.
			}
			Trigger nightly = TriggerBuilder.newTrigger()
				.withIdentity(NIGHTLY)
				.forJob(CHECK)
				.withSchedule(CronScheduleBuilder.cronSchedule(properties.checkCron())
					.inTimeZone(TimeZone.getTimeZone(wheel.zone()))
					.withMisfireHandlingInstructionFireAndProceed())
				.build();
			if (scheduler.checkExists(NIGHTLY)) {
				scheduler.rescheduleJob(NIGHTLY, nightly);
			}
			else {
				try {
					scheduler.scheduleJob(nightly);
				}
				catch (ObjectAlreadyExistsException ex) {
					// Scheduled by another instance.
				}
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Cannot schedule the radar's nightly check", ex);
		}
	}

}
