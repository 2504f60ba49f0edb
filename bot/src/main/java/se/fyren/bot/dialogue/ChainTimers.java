package se.fyren.bot.dialogue;

import java.time.Instant;
import java.util.Date;

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
 * One Quartz trigger per running chain, at its open question's deadline, kept in the JDBC
 * job store: after a restart it still fires, late rather than never (misfire instruction
 * "fire now").
 */
@Component
class ChainTimers {

	static final String GROUP = "dialogue";

	static final JobKey DEADLINE_JOB = JobKey.jobKey("deadline", GROUP);

	private static final Logger log = LoggerFactory.getLogger(ChainTimers.class);

	private final Scheduler scheduler;

	ChainTimers(Scheduler scheduler) {
		this.scheduler = scheduler;
	}

	void schedule(String chainId, Instant deadline) {
		TriggerKey key = key(chainId);
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity(key)
			.forJob(DEADLINE_JOB)
			.startAt(Date.from(deadline))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
		try {
			if (scheduler.checkExists(key)) {
				scheduler.rescheduleJob(key, trigger);
			}
			else {
				scheduler.scheduleJob(trigger);
			}
		}
		catch (ObjectAlreadyExistsException ex) {
			reschedule(key, trigger);
		}
		catch (SchedulerException ex) {
			// The countdown tick also advances due chains, so the chain still moves on,
			// only less precisely.
			log.error("Cannot schedule the deadline of dialogue chain {} at {}", chainId, deadline, ex);
		}
	}

	void cancel(String chainId) {
		try {
			scheduler.unscheduleJob(key(chainId));
		}
		catch (SchedulerException ex) {
			log.error("Cannot remove the deadline of dialogue chain {}; it will fire once and find nothing due",
					chainId, ex);
		}
	}

	static TriggerKey key(String chainId) {
		return TriggerKey.triggerKey("chain-" + chainId, GROUP);
	}

	private void reschedule(TriggerKey key, Trigger trigger) {
		try {
			scheduler.rescheduleJob(key, trigger);
		}
		catch (SchedulerException ex) {
			log.error("Cannot reschedule {}", key, ex);
		}
	}

}
