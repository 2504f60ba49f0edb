package se.fyren.bot.infra;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The message code of an example body for a {@link WebApi} endpoint that reads JSON
 * ({@code {"text": …}} for the web chat, {@code {"question": …}} for asking): a body the
 * endpoint cannot read is answered with this example, so each endpoint names its own
 * fields.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BodyExample {

	String value();

}
