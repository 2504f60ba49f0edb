package se.fyren.bot.chat;

import java.util.List;

/**
 * What Fyren says back, in channel-neutral values; each adapter renders them in its own format (Block Kit,
 * Adaptive Cards, HTML). Texts are already in the user's language.
 */
public sealed interface Reply {

	/**
	 * An answer from the reports.
	 *
	 * @param answerId to rate the answer with (helpful / not helpful)
	 * @param text the answer sentences, or the "not found" message when {@code found} is false
	 * @param sources up to three citations, best first
	 */
	record AnswerReply(String answerId, String question, boolean found, String text, List<Source> sources)
			implements Reply {

		public AnswerReply {
			sources = List.copyOf(sources);
		}

	}

	/** A citation as a reader sees it: report title, section, page label and the passage itself. */
	record Source(String doc, String title, String section, Integer page, String label, String passage) {
	}

	/** What Fyren can do, with example questions and commands. */
	record HelpReply(String text, List<String> examples) implements Reply {

		public HelpReply {
			examples = List.copyOf(examples);
		}

	}

	/** A plain message: a prompt to ask something, an error said kindly, a command's result. */
	record TextReply(String text) implements Reply {
	}

}
