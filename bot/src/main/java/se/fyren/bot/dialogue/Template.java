package se.fyren.bot.dialogue;

import java.time.Duration;
import java.util.List;

/**
 * A chain's questions, as a facilitator wrote them in {@code config/dialogue/<name>.yml}.
 *
 * @param name the file name without {@code .yml}; what {@code dialog start <mall>} names
 * @param timePerQuestion how long each question stays open before the chain goes on
 */
record Template(String name, String title, String description, List<Question> questions, Duration timePerQuestion) {

	Template {
		questions = List.copyOf(questions);
	}

	int size() {
		return questions.size();
	}

	Question question(int step) {
		return questions.get(step);
	}

}
