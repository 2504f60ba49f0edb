package se.fyren.bot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on a {@link MutableClock} the test moves, with
 * Quartz not started: the test wakes the jobs (the watch, the reminders) itself after
 * moving the clock, and no timer moves behind it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.quartz.auto-startup=false")
@Import(MutableClock.Config.class)
public @interface ClockDrivenApp {

}
