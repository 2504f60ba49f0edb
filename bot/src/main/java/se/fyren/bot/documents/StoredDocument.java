package se.fyren.bot.documents;

import java.time.Instant;

/**
 * A document in the database, without its bytes.
 *
 * @param addedBy who added it, as {@code chat:user} ({@code slack:U123},
 * {@code cli:anna})
 * @param pages printed pages, 0 for a format without pages
 */
public record StoredDocument(String id, String collection, String title, String fileName, String sha256, int pages,
		String addedBy, Instant addedAt) {
}
