package se.fyren.bot.documents;

import java.text.Normalizer;
import java.time.Instant;
import java.util.regex.Pattern;

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

	// The spaces a chat message holds as plain ones (see ChatMessage): no-break, narrow
	// (a Mac's screenshot names) and the like.
	private static final Pattern SPACE = Pattern.compile("[\\p{Zs}\\uFEFF&&[^ ]]");

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

	/** The text composed, with plain spaces: a name as it is typed in a chat. */
	static String composed(String text) {
		return text == null ? null : SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ");
	}

}
