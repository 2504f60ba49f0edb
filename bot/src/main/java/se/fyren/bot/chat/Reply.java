package se.fyren.bot.chat;

import java.util.List;

/**
 * What Fyren says back, in channel-neutral values; each adapter renders them in its own
 * format (Block Kit, Adaptive Cards, HTML). Texts are already in the user's language.
 */
public sealed interface Reply {

	/**
	 * An answer from the reports.
	 *
	 * @param answerId to rate the answer with (helpful / not helpful)
	 * @param text the answer sentences, or the "not found" message when {@code found} is
	 * false
	 * @param sources up to three citations, best first
	 */
	record AnswerReply(String answerId, String question, boolean found, String text,
			List<Source> sources) implements Reply {

		/**
		 * The action ids of the rating buttons every chat draws under an answer; a click
		 * carries the answer id as its value.
		 */
		public static final String HELPFUL = "ask.helpful";

		public static final String NOT_HELPFUL = "ask.notHelpful";

		/**
		 * A chat's button that shows an answer only its asker saw to the whole
		 * conversation; the click carries the question, and the reply is the answer to
		 * show.
		 */
		public static final String SHARE = "ask.share";

		public AnswerReply {
			sources = List.copyOf(sources);
		}

	}

	/**
	 * A citation as a reader sees it: report title, section, page label and the passage
	 * itself.
	 */
	record Source(String doc, String title, String section, Integer page, String label, String passage) {
	}

	/** What Fyren can do, with example questions and commands. */
	record HelpReply(String text, List<String> examples) implements Reply {

		public HelpReply {
			examples = List.copyOf(examples);
		}

	}

	/**
	 * A plain message: a prompt to ask something, an error said kindly, a command's
	 * result.
	 */
	record TextReply(String text) implements Reply {
	}

	/**
	 * A rich message a feature composes (a dialogue-chain step, a reminder, a prep card):
	 * each adapter renders it in its own format, so features never touch Block Kit or
	 * Adaptive Cards.
	 *
	 * @param title a short heading (may be null)
	 * @param paragraphs the body, one entry a paragraph; {@code *bold*} and line breaks
	 * are understood
	 * @param sources cited passages from the reports, shown like an answer's sources
	 * @param links addresses Fyren made (an export with its secret key), each shown by
	 * its label below the sources
	 * @param actions buttons; a click comes back to the core as a {@link Clicked}
	 * @param imageUrl a picture to show below the text (absolute URL, may be null)
	 */
	record Card(String title, List<String> paragraphs, List<Source> sources, List<Link> links, List<Action> actions,
			String imageUrl) implements Reply {

		public Card {
			paragraphs = List.copyOf(paragraphs);
			sources = List.copyOf(sources);
			links = List.copyOf(links);
			actions = List.copyOf(actions);
		}

		public Card(String title, List<String> paragraphs, List<Source> sources, List<Action> actions,
				String imageUrl) {
			this(title, paragraphs, sources, List.of(), actions, imageUrl);
		}

		public Card(String title, List<String> paragraphs, List<Action> actions) {
			this(title, paragraphs, List.of(), actions, null);
		}

	}

	/**
	 * A link with a label instead of its address. Only a feature makes one, so text a
	 * person wrote (an issue's name, a chain's answer) can show an address but never hide
	 * one behind a label.
	 */
	record Link(String label, String url) {
	}

	/**
	 * A button on a {@link Card}.
	 *
	 * @param id what the click means, namespaced by feature ({@code dialogue.next});
	 * routed to the {@link CardAction} that claims it
	 * @param value what the handler needs to act after a restart (a session id, an event
	 * id)
	 * @param primary drawn as the main button
	 * @param inputLabel when not null, the button first asks for a line of text with this
	 * label (a Slack modal, an Adaptive Card input, a field in the web chat); the text
	 * arrives in {@link Clicked#input()}
	 * @param steering for whoever leads (a dialogue chain's facilitator) only: a chat
	 * that gives each person their own view (a web room's participant link) leaves it out
	 * for the others
	 */
	record Action(String id, String label, String value, boolean primary, String inputLabel, boolean steering) {

		public Action(String id, String label, String value, boolean primary, String inputLabel) {
			this(id, label, value, primary, inputLabel, false);
		}

		public static Action button(String id, String label, String value) {
			return new Action(id, label, value, false, null);
		}

		/** The same button, for whoever leads only. */
		public Action forLeader() {
			return new Action(id, label, value, primary, inputLabel, true);
		}

	}

}
