package se.fyren.bot.ask;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

import se.fyren.bot.ask.AnswerLog.RatedAnswer;

/**
 * {@code /actuator/feedback}: the worst-rated answers from every chat, on the management
 * port (loopback unless the administrator opens it). {@code fyren feedback} asks the
 * running server here, so it never opens the server's database beside it.
 */
@Component
@Endpoint(id = "feedback")
class FeedbackEndpoint {

	static final int DEFAULT_LIMIT = 20;

	// Enough for any administrator's reading; bounds the query whatever is asked.
	static final int MAX_LIMIT = 1000;

	private final AnswerLog answers;

	FeedbackEndpoint(AnswerLog answers) {
		this.answers = answers;
	}

	@ReadOperation
	public List<RatedAnswer> worst(@Nullable Integer limit) {
		int count = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
		return answers.worst(count);
	}

}
