package se.fyren.bot.wheel.reminders;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The server plans its reminders when it is up; a command-line run does not. */
@Component
@Profile("!cli")
class PlanOnStart {

	private final ReminderTriggers triggers;

	PlanOnStart(ReminderTriggers triggers) {
		this.triggers = triggers;
	}

	@EventListener(ApplicationReadyEvent.class)
	void plan() {
		triggers.planAhead();
	}

}
