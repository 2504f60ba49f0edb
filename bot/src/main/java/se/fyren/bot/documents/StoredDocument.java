package se.fyren.bot.documents;

import java.time.Instant;

/**
 * A document in the database, without its bytes.
 *
 * @param addedBy who added it, as {@code chat:user} ({@code slack:U123},
 * {@code cli:anna})
 * @param addedByName the name the chat showed for them then, or null when it did not say:
 * the list names people by it, never by a user id
 * @param pages printed pages, 0 for a format without pages
 */
public record StoredDocument(String id, String collection, String title, String fileName, String sha256, int pages,
		String addedBy, String addedByName, Instant addedAt) {
}
