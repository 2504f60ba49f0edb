package se.fyren.bot.web;

import java.util.Optional;

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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.fyren.bot.chat.Inbound;
import se.fyren.bot.infra.BodyExample;
import se.fyren.bot.infra.RefusedRequest;
import se.fyren.bot.infra.WebApi;

/**
 * The web API's one catch-and-log at the edge: bad input becomes a 4xx problem (RFC 9457
 * JSON) whose {@code detail} a Swedish user can act on, logged in English for whoever
 * runs Fyren. Spring's own request errors (unreadable JSON, wrong method or media type)
 * go through the same path, so user input never ends in a 500. It answers every
 * controller marked {@link WebApi}: the web chat's own and the features' beside it
 * (asking's {@code /api/ask}, the documents' upload), without naming them.
 */
@RestControllerAdvice(annotations = WebApi.class)
class WebErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

	private final MessageSource messages;

	WebErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<Object> refused(RefusedRequest ex) {
		log.info("Rejected web request ({}): {}", ex.status().value(), ex.getMessage());
		return problem(ex.status(), ex.messageCode());
	}

	@ExceptionHandler
	ResponseEntity<Object> unknownRoom(UnknownRoomException ex) {
		log.info("Rejected room request: {}", ex.getMessage());
		return problem(HttpStatus.NOT_FOUND, "rooms.error.unknown");
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Web request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "web.error.internal");
	}

	/**
	 * Spring's request errors: keep their status, say it in Swedish; a body that cannot
	 * be read with the endpoint's own example ({@link BodyExample}). Logged by kind only:
	 * a parse error quotes the body, and a conversion error the value, that a person
	 * wrote.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		log.info("Rejected web request ({}): {}", statusCode.value(), ex.getClass().getSimpleName());
		Optional<String> example = ex instanceof HttpMessageNotReadableException ? example(request) : Optional.empty();
		String detail = example.map(code -> message("web.error.unreadable", message(code)))
			.orElseGet(() -> message(statusCode.value() == 415 ? "web.error.mediaType" : "web.error.request"));
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

	private ResponseEntity<Object> problem(HttpStatusCode status, String code) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, message(code)));
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, Inbound.SWEDISH);
	}

}
