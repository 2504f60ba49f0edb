package se.fyren.bot.web;

/**
 * A request the API cannot act on, said to the user through a message key and logged with
 * the reason.
 *
 * @see WebErrors
 */
class BadInputException extends RuntimeException {

	private final String messageCode;

	BadInputException(String messageCode, String reason) {
		super(reason);
		this.messageCode = messageCode;
	}

	String messageCode() {
		return messageCode;
	}

}
