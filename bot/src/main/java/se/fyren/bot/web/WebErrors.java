package se.fyren.bot.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.fyren.bot.chat.Inbound;
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

	/** Spring's request errors: keep their status, say it in Swedish. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		log.info("Rejected web request ({}): {}", statusCode.value(), ex.getMessage());
		String code = switch (statusCode.value()) {
			case 400 -> "web.error.unreadable";
			case 415 -> "web.error.mediaType";
			default -> "web.error.request";
		};
		return ResponseEntity.status(statusCode).headers(headers).body(detail(statusCode, code));
	}

	private ResponseEntity<Object> problem(HttpStatusCode status, String code) {
		return ResponseEntity.status(status).body(detail(status, code));
	}

	private ProblemDetail detail(HttpStatusCode status, String code) {
		return ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, Inbound.SWEDISH));
	}

}
