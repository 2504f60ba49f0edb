package se.fyren.bot.web;

/** Feedback for an answer id that was never given (or has been removed). */
class UnknownAnswerException extends RuntimeException {

	UnknownAnswerException(String answerId) {
		super("No answer with id " + answerId);
	}

}
