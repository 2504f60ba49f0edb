package se.fyren.bot.documents;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Place;
import se.fyren.knowledge.CollectionNames;

/**
 * The team's documents ({@code fyren.documents.*}; defaults in application.yml).
 *
 * @param maxSize the largest file read; larger ones are refused unread
 * @param maxPages the most printed pages a document may have
 * @param syncInterval how often an instance catches up with documents added or removed on
 * another
 * @param admins who may forget any document, as {@code chat:user} ({@code slack:U123},
 * {@code teams:<aad id>})
 * @param webAdminKey the key an administrator types in the web chat to add a document
 * there (the web chat has no login); blank: no adding in the web chat
 * @param places which collections answer where, most specific rule first
 */
@ConfigurationProperties("fyren.documents")
public record DocumentsProperties(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("500") int maxPages,
		@DefaultValue("30s") Duration syncInterval, @DefaultValue List<String> admins,
		@DefaultValue("") String webAdminKey, @DefaultValue List<PlaceRule> places) {

	/**
	 * The smallest sync interval: each sync lists the documents in the database, cheap
	 * but not free.
	 */
	static final Duration MIN_SYNC_INTERVAL = Duration.ofMillis(200);

	public DocumentsProperties {
		if (maxSize.toBytes() < 1) {
			throw new IllegalArgumentException("fyren.documents.max-size must be positive, was " + maxSize);
		}
		if (maxPages < 1) {
			throw new IllegalArgumentException("fyren.documents.max-pages must be at least 1, was " + maxPages);
		}
		if (syncInterval.compareTo(MIN_SYNC_INTERVAL) < 0) {
			throw new IllegalArgumentException(
					"fyren.documents.sync-interval must be at least " + MIN_SYNC_INTERVAL + ", was " + syncInterval);
		}
		admins = List.copyOf(admins);
		places = List.copyOf(places);
		for (int i = 0; i < places.size(); i++) {
			places.get(i).check("fyren.documents.places[" + i + "]");
		}
	}

	/**
	 * A place, or all places of a workspace or a chat, and the collections that answer
	 * there.
	 *
	 * @param chat slack, teams or web
	 * @param workspace the Slack team or Teams team (or tenant) id; blank for all
	 * @param conversation the channel, chat or web room; blank for all in the workspace
	 * @param collections what answers there
	 * @param addsTo where a document added there goes, one of {@code collections}; blank:
	 * nothing can be added there (in a private place a document always goes to the
	 * place's own private collection)
	 */
	public record PlaceRule(Channel chat, String workspace, String conversation, List<String> collections,
			String addsTo) {

		public PlaceRule {
			workspace = blankToNull(workspace);
			conversation = blankToNull(conversation);
			addsTo = blankToNull(addsTo);
			collections = collections == null ? List.of() : List.copyOf(collections);
		}

		void check(String at) {
			if (chat == null || chat == Channel.CLI) {
				throw new IllegalArgumentException(at + ".chat must be slack, teams or web, was " + chat);
			}
			if (collections.isEmpty()) {
				throw new IllegalArgumentException(at + ".collections must name at least one collection");
			}
			for (String collection : collections) {
				if (!CollectionNames.valid(collection) || collection.startsWith(Places.PRIVATE_PREFIX)) {
					throw new IllegalArgumentException(at + ".collections: '" + collection
							+ "' is not a collection name (lower-case letters, digits, '-', '_'; not starting with '"
							+ Places.PRIVATE_PREFIX + "', which is each private place's own)");
				}
			}
			if (addsTo != null && !collections.contains(addsTo)) {
				throw new IllegalArgumentException(
						at + ".adds-to '" + addsTo + "' must be one of its collections " + collections);
			}
		}

		boolean matches(Place place) {
			return chat == place.chat() && (workspace == null || workspace.equals(place.workspace()))
					&& (conversation == null || conversation.equals(place.conversation()));
		}

		/**
		 * A rule naming the conversation beats one naming the workspace, then the chat.
		 */
		int specificity() {
			return (conversation != null ? 2 : 0) + (workspace != null ? 1 : 0);
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

}
