package se.fyren.bot.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Place;
import se.fyren.knowledge.CollectionNames;
import se.fyren.knowledge.ingest.DocumentReader;

/**
 * Which collections answer in a place, and where a document added there goes. A place
 * without a rule answers from the shared reports. A private place (a direct message, a
 * private channel) also answers from its own private collection, where everything added
 * there goes; no rule can name a private collection, so it never answers anywhere else.
 */
@Component
public class Places {

	/** How every private place's own collection is named, and no configured one is. */
	static final String PRIVATE_PREFIX = "privat:";

	/** 96 bits of the place key's hash: no two places of one installation meet. */
	private static final int PRIVATE_HASH_CHARS = 24;

	private final DocumentsProperties properties;

	Places(DocumentsProperties properties) {
		this.properties = properties;
	}

	/** The collections a question asked in this place is answered from. */
	public Set<String> collections(Place place) {
		Set<String> collections = new LinkedHashSet<>(rule(place).map(DocumentsProperties.PlaceRule::collections)
			.orElse(CollectionNames.REPORTS_ONLY.stream().toList()));
		if (!place.shared()) {
			collections.add(privateCollection(place));
		}
		return collections;
	}

	/**
	 * Where a document added in this place goes; empty when nothing may be added here.
	 */
	Optional<String> addsTo(Place place) {
		if (!place.shared()) {
			return Optional.of(privateCollection(place));
		}
		return rule(place).map(DocumentsProperties.PlaceRule::addsTo);
	}

	/** Whether the user is one of the administrators named in the settings. */
	boolean admin(Channel chat, String user) {
		return user != null && properties.admins().contains(who(chat, user));
	}

	/**
	 * A user as {@code chat:user}, how documents name who added them; the web chat's ids
	 * already start with {@code web:}.
	 */
	public static String who(Channel chat, String user) {
		String prefix = chat.name().toLowerCase(Locale.ROOT) + ":";
		return user.startsWith(prefix) ? user : prefix + user;
	}

	/**
	 * The chat and the user's id in it of someone named by {@link #who}, whose web chat
	 * ids keep their prefix; empty when no chat is named.
	 */
	static Optional<ChatUser> user(String who) {
		int colon = who.indexOf(':');
		String chat = who.substring(0, Math.max(0, colon));
		return Arrays.stream(Channel.values())
			.filter(channel -> channel.name().equalsIgnoreCase(chat))
			.findFirst()
			.map(channel -> new ChatUser(channel, channel == Channel.WEB ? who : who.substring(colon + 1)));
	}

	/** A user as their chat knows them. */
	record ChatUser(Channel chat, String user) {
	}

	/** The collection as people see it: a private one is just "privat". */
	public static String shown(String collection) {
		return collection.startsWith(PRIVATE_PREFIX) ? "privat" : collection;
	}

	private Optional<DocumentsProperties.PlaceRule> rule(Place place) {
		return properties.places()
			.stream()
			.filter(rule -> rule.matches(place))
			.max(Comparator.comparingInt(DocumentsProperties.PlaceRule::specificity));
	}

	/**
	 * A hash of the place's key: chat ids hold upper-case letters and characters
	 * ({@code @}, {@code ;}) no collection name has, and the name is never shown.
	 */
	private static String privateCollection(Place place) {
		return PRIVATE_PREFIX + DocumentReader.fingerprint(place.key().getBytes(StandardCharsets.UTF_8))
			.substring(0, PRIVATE_HASH_CHARS);
	}

}
