package se.fyren.bot.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What a chain came to: each question with the answers it got, in the order they came,
 * and who gave them (or "Deltagare 1, 2, …" in the order they first answered, when the
 * chain was anonymous). A participant is named as the chat named them when they answered;
 * one the chat did not name is a numbered participant too, never their id (a web user's
 * id is theirs alone). Deleted answers are left out. The summary card, the Markdown and
 * the CSV export all read this one view.
 */
record ChainSummary(DialogueChain chain, Template template, List<Asked> questions) {

	record Asked(int number, Question question, boolean skipped, List<Given> answers) {
	}

	/**
	 * @param who the participant's name, or their numbered label when the chain is
	 * anonymous or the chat gave no name
	 */
	record Given(String who, String text, boolean edited) {
	}

	/**
	 * @param participant names the n-th unnamed participant (from 1), every one of an
	 * anonymous chain
	 */
	static ChainSummary of(DialogueChain chain, Template template, List<ChainAnswer> answers, List<Integer> skipped,
			IntFunction<String> participant) {
		Map<String, String> anonymous = new LinkedHashMap<>();
		List<Asked> questions = new ArrayList<>();
		List<ChainAnswer> kept = answers.stream().filter(answer -> !answer.deleted()).toList();
		for (int step = 0; step < template.size(); step++) {
			List<Given> given = new ArrayList<>();
			for (ChainAnswer answer : kept) {
				String who = answer.name();
				if (chain.anonymous() || who == null) {
					who = anonymous.computeIfAbsent(answer.user(), user -> participant.apply(anonymous.size() + 1));
				}
				if (answer.step() == step) {
					given.add(new Given(who, answer.text(), answer.edited()));
				}
			}
			questions.add(new Asked(step + 1, template.question(step), skipped.contains(step), given));
		}
		return new ChainSummary(chain, template, questions);
	}

	int answerCount() {
		return questions.stream().mapToInt(asked -> asked.answers().size()).sum();
	}

}
