package se.fyren.bot.infra;

import org.springframework.http.HttpStatus;

/**
 * A request to the web API that cannot be acted on: answered with its status and the
 * message its code names (in the request's language, for the user), logged with the
 * reason (English, for whoever runs Fyren, never the user's own text).
 *
 * @see WebApi
 */
public class RefusedRequest extends RuntimeException {

	private final HttpStatus status;

	private final String messageCode;

	private RefusedRequest(HttpStatus status, String messageCode, String reason) {
		super(reason);
		this.status = status;
		this.messageCode = messageCode;
	}

	/** Input the API cannot read or act on: 400. */
	public static RefusedRequest badInput(String messageCode, String reason) {
		return new RefusedRequest(HttpStatus.BAD_REQUEST, messageCode, reason);
	}

	/** A body of a kind the endpoint does not read (a form it cannot unpack): 415. */
	public static RefusedRequest unsupportedMediaType(String messageCode, String reason) {
		return new RefusedRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messageCode, reason);
	}

	/** Something the request names that is not there (an answer id never given): 404. */
	public static RefusedRequest notFound(String messageCode, String reason) {
		return new RefusedRequest(HttpStatus.NOT_FOUND, messageCode, reason);
	}

	public HttpStatus status() {
		return status;
	}

	public String messageCode() {
		return messageCode;
	}

}
