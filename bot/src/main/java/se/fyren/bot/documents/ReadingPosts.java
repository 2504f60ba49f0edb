package se.fyren.bot.documents;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;

import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Messenger;
import se.fyren.bot.chat.PostedMessage;
import se.fyren.bot.chat.Reply;
import se.fyren.knowledge.ingest.ReadProgress;

/**
 * A long document's reading shown in the chat it was shared in: one message, posted at
 * the first tenth of its pages and updated at each further tenth ("Läser in ”Mål och
 * budget” … sida 40 av 120"), so a chat's rate limits are never near and the person sees
 * it move. A chat that refuses the post just shows no progress; the outcome comes as the
 * reply.
 */
final class ReadingPosts implements ReadProgress {

	/** Progress is shown at each tenth of the pages: at most ten posts a document. */
	private static final int STEPS = 10;

	/** Without a page count, every this many pages. */
	private static final int PAGES_A_STEP_UNCOUNTED = 10;

	private final Messenger messenger;

	private final MessageSource messages;

	private final Destination where;

	private final Locale locale;

	private final String fileName;

	private int shownStep;

	private PostedMessage posted;

	ReadingPosts(Messenger messenger, MessageSource messages, Destination where, Locale locale, String fileName) {
		this.messenger = messenger;
		this.messages = messages;
		this.where = where;
		this.locale = locale;
		this.fileName = fileName;
	}

	@Override
	public void pages(int read, int total) {
		int step = total > 0 ? read * STEPS / total : read / PAGES_A_STEP_UNCOUNTED;
		if (step <= shownStep) {
			return;
		}
		shownStep = step;
		Reply text = new Reply.TextReply(
				total > 0 ? messages.getMessage("documents.progress", new Object[] { fileName, read, total }, locale)
						: messages.getMessage("documents.progressUncounted", new Object[] { fileName, read }, locale));
		if (posted == null) {
			Optional<PostedMessage> first = messenger.post(where, text, locale);
			posted = first.orElse(null);
		}
		else {
			messenger.update(posted, text, locale);
		}
	}

}
