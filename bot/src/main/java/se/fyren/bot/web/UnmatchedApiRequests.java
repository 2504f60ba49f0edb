package se.fyren.bot.web;

import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request under {@code /api/} that no endpoint takes: a path none has (404), or a
 * method its path does not take (405). Spring finds both before any controller is chosen,
 * so {@link WebErrors}, which answers the API's controllers, never sees them, and Boot's
 * error page said them in English. Here they get the problem detail the rest of the API
 * gives, in the request's language, with their status (and a 405's {@code Allow}). Logged
 * by status only: the path and the method are the caller's, and Spring's own resolver
 * would have logged the path.
 *
 * <p>
 * Not bound to {@link se.fyren.bot.infra.WebApi} as {@link WebErrors} is, since no
 * controller is there to carry it; a path outside the API is handed back unchanged, so
 * the page's static files keep Spring's own answers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmatchedApiRequests {

	private static final Logger log = LoggerFactory.getLogger(UnmatchedApiRequests.class);

	private static final String API = "/api/";

	private final MessageSource messages;

	private final LocaleResolver language;

	UnmatchedApiRequests(MessageSource messages, LocaleResolver language) {
		this.messages = messages;
		this.language = language;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!underApi(request)) {
			// Rethrown as it came, Spring's next resolver answers it as before.
			throw ex;
		}
		log.info("Rejected web request (404): no API endpoint at that path");
		return problem(HttpStatus.NOT_FOUND, message("web.error.notFound", request));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		if (!underApi(request)) {
			throw ex;
		}
		log.info("Rejected web request (405): a method the API path does not take");
		String allowed = ex.getSupportedHttpMethods() == null ? ""
				: ex.getSupportedHttpMethods().stream().map(HttpMethod::name).collect(Collectors.joining(", "));
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.headers(ex.getHeaders())
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
					message("web.error.method", request, allowed)));
	}

	private static boolean underApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(API);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	/**
	 * Asked of the resolver itself, as {@link WebErrors} does, rather than of
	 * {@code LocaleContextHolder}, whose fallback is the JVM's language.
	 */
	private String message(String code, HttpServletRequest request, Object... args) {
		Locale locale = language.resolveLocale(request);
		return messages.getMessage(code, args, locale);
	}

}
