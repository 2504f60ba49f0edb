package se.fyren.bot.documents;

import java.text.Normalizer;
import java.time.Instant;

import se.fyren.bot.chat.ChatMessage;

/**
 * A document in the database, without its bytes.
 *
 * @param title composed (NFC), its spaces plain, as people type it and as every chat
 * shows it
 * @param fileName composed, as the title
 * @param addedBy who added it, as {@code chat:user} ({@code slack:U123},
 * {@code cli:anna})
 * @param addedByName the name the chat showed for them then, or null when it did not say:
 * the list names people by it, never by a user id
 * @param pages printed pages, 0 for a format without pages
 */
public record StoredDocument(String id, String collection, String title, String fileName, String sha256, int pages,
		String addedBy, String addedByName, Instant addedAt) {

	public StoredDocument {
		// A Mac names files decomposed ("o" and a combining diaeresis), and a document
		// added from one before names were composed on the way in is kept so: composed
		// here, a title is one string however its file was named.
		title = composed(title);
		fileName = composed(fileName);
	}

	/**
	 * Whether the name is this document's title, in any case and either Unicode form: the
	 * one comparison of a name with a title.
	 */
	public boolean isCalled(String name) {
		return title.equalsIgnoreCase(composed(name));
	}

	/**
	 * The text composed, with plain spaces (no-break and narrow ones come in a Mac's
	 * screenshot names): a name as it is typed in a chat.
	 */
	static String composed(String text) {
		return text == null ? null : ChatMessage.withPlainSpaces(Normalizer.normalize(text, Normalizer.Form.NFC));
	}

}
