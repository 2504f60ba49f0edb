package se.fyren.bot.infra;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the web chat's JSON API, the web adapter's own or a feature's
 * (asking's {@code /api/ask}, the documents' upload): its {@link RefusedRequest}s and
 * Spring's request errors are answered by the web adapter's one advice as problem details
 * with a {@code detail} in the request's language, never as a 500. The advice finds the
 * controllers by this mark, so it names no feature.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WebApi {

}
