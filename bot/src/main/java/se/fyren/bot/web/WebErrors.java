package se.fyren.bot.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.fyren.bot.chat.Inbound;
import se.fyren.bot.infra.BodyExample;
import se.fyren.bot.infra.BodyLimit;
import se.fyren.bot.infra.Megabytes;
import se.fyren.bot.infra.RefusedRequest;
import se.fyren.bot.infra.WebApi;

/**
 * The web API's one catch-and-log at the edge: bad input becomes a 4xx problem (RFC 9457
 * JSON) whose {@code detail} the user can act on, in the language the request asks for
 * ({@link WebLanguage}: the page's {@code ?locale=}), logged in English for whoever runs
 * Fyren. Spring's own request errors (unreadable JSON, wrong method or media type) go
 * through the same path, so user input never ends in a 500. It answers every controller
 * marked {@link WebApi}: the web chat's own and the features' beside it (asking's
 * {@code /api/ask}, the documents' upload), without naming them.
 */
@RestControllerAdvice(annotations = WebApi.class)
class WebErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

	private final MessageSource messages;

	private final LocaleResolver language;

	/** The larger limits the features declare, by path. */
	private final Map<String, BodyLimit> larger;

	WebErrors(MessageSource messages, LocaleResolver language, List<BodyLimit> larger) {
		this.messages = messages;
		this.language = language;
		this.larger = larger.stream().collect(Collectors.toUnmodifiableMap(BodyLimit::path, Function.identity()));
	}

	/**
	 * A form over its path's limit, found as the container unpacks it: told the limit as
	 * {@link RequestSizeLimit} tells a body refused unread.
	 */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpServletRequest servlet = request instanceof NativeWebRequest nativeRequest
				? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
		BodyLimit limit = servlet == null ? null : larger.get(servlet.getRequestURI());
		if (limit == null) {
			return super.handleMaxUploadSizeExceededException(ex, headers, status, request);
		}
		log.info("Refused a form to {}: over the limit of {} bytes", servlet.getRequestURI(),
				limit.maxSize().toBytes());
		return problem(HttpStatus.CONTENT_TOO_LARGE,
				message(limit.tooLargeMessage(), language(servlet), Megabytes.of(limit.maxSize().toBytes())));
	}

	@ExceptionHandler
	ResponseEntity<Object> refused(RefusedRequest ex, HttpServletRequest request) {
		log.info("Rejected web request ({}): {}", ex.status().value(), ex.getMessage());
		return problem(ex.status(), message(ex.messageCode(), language(request)));
	}

	@ExceptionHandler
	ResponseEntity<Object> unknownRoom(UnknownRoomException ex, HttpServletRequest request) {
		log.info("Rejected room request: {}", ex.getMessage());
		return problem(HttpStatus.NOT_FOUND, message("rooms.error.unknown", language(request)));
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Web request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, message("web.error.internal", language(request)));
	}

	/**
	 * Spring's request errors: keep their status, say it in the request's language; a
	 * body that cannot be read with the endpoint's own example ({@link BodyExample}).
	 * Logged by kind only: a parse error quotes the body, and a conversion error the
	 * value, that a person wrote.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		log.info("Rejected web request ({}): {}", statusCode.value(), ex.getClass().getSimpleName());
		Locale locale = request instanceof NativeWebRequest servlet
				? language(servlet.getNativeRequest(HttpServletRequest.class)) : Inbound.SWEDISH;
		Optional<String> example = ex instanceof HttpMessageNotReadableException ? example(request) : Optional.empty();
		String detail = example.map(code -> message("web.error.unreadable", locale, message(code, locale)))
			.orElseGet(() -> message(statusCode.value() == 415 ? "web.error.mediaType" : "web.error.request", locale));
		return ResponseEntity.status(statusCode)
			.headers(headers)
			.body(ProblemDetail.forStatusAndDetail(statusCode, detail));
	}

	/** The example body of the endpoint the request was for, when it names one. */
	private static Optional<String> example(WebRequest request) {
		return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) instanceof HandlerMethod handler
						? Optional.ofNullable(handler.getMethodAnnotation(BodyExample.class)).map(BodyExample::value)
						: Optional.empty();
	}

	private static ResponseEntity<Object> problem(HttpStatusCode status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	/**
	 * Asked of the resolver itself rather than of {@code LocaleContextHolder}, whose
	 * fallback is the JVM's language.
	 */
	private Locale language(HttpServletRequest request) {
		return request == null ? Inbound.SWEDISH : language.resolveLocale(request);
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
