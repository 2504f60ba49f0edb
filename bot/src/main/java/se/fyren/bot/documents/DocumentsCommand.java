package se.fyren.bot.documents;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.ChatCommand;
import se.fyren.bot.chat.CommandPattern;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;

/**
 * {@code dokument}: the documents that answer here (title, who added it, when, pages);
 * {@code glöm <dokument>}: forget one, for whoever added it or an administrator;
 * {@code glöm} alone: how it is used.
 */
@Component
@Order(ChatCommand.FEATURE_ORDER)
class DocumentsCommand implements ChatCommand {

	/**
	 * "dokument", as people also ask for the list: "visa dokumenten?", "mina dokument".
	 */
	private static final CommandPattern LIST = CommandPattern
		.of("(?:(?:visa|lista|mina|våra|show|list|my|our)\\s+)?(?:dokument(?:en)?|documents)\\s*[?.!]?");

	private static final CommandPattern FORGET = CommandPattern.of("(?:glöm|forget)\\s+([\\s\\S]+)");

	/** "glöm" alone: told how it is used, not searched for in the reports. */
	private static final CommandPattern FORGET_ALONE = CommandPattern.of("glöm|forget");

	private static final CommandPattern PATTERN = CommandPattern.anyOf(List.of(LIST, FORGET, FORGET_ALONE));

	/** Dates as a Swedish reader writes them, in Sweden's time. */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
		.withZone(ZoneId.of("Europe/Stockholm"));

	private final DocumentLibrary library;

	private final MessageSource messages;

	DocumentsCommand(DocumentLibrary library, MessageSource messages) {
		this.library = library;
		this.messages = messages;
	}

	@Override
	public Optional<CommandPattern> pattern() {
		return Optional.of(PATTERN);
	}

	@Override
	public Optional<Reply> handle(Inbound message) {
		if (LIST.matches(message.text())) {
			return Optional.of(list(message));
		}
		if (FORGET_ALONE.matches(message.text())) {
			return Optional
				.of(new Reply.TextReply(messages.getMessage("documents.forget.usage", null, message.locale())));
		}
		return FORGET.match(message.text()).map(forget -> {
			Outcome outcome = library.forget(unquoted(forget.group(1)), message.place(), message.user());
			// In the chat's own words where it has them: the web chat's administrator
			// removes a document with the key, not with "glöm".
			return new Reply.TextReply(messages
				.getMessage(message.channel().text(outcome.code(), outcome.args().toArray()), message.locale()));
		});
	}

	private Reply list(Inbound message) {
		Locale locale = message.locale();
		List<StoredDocument> documents = library.answeringIn(message.place());
		if (documents.isEmpty()) {
			return new Reply.TextReply(messages.getMessage("documents.list.none", null, locale));
		}
		List<String> lines = new ArrayList<>();
		lines.add(messages.getMessage("documents.list.header", null, locale));
		Map<String, String> adderNames = library.adderNames(documents);
		for (StoredDocument document : documents) {
			lines.add(messages.getMessage(document.pages() > 0 ? "documents.list.item.paged" : "documents.list.item",
					new Object[] { document.title(), Places.shown(document.collection()),
							addedBy(document, adderNames, message), DATE.format(document.addedAt()), document.pages(),
							document.id() },
					locale));
		}
		lines.add(messages.getMessage("documents.list.forget", null, locale));
		return new Reply.TextReply(String.join("\n", lines));
	}

	/**
	 * Who added it by the name their chat shows for them (kept when added, or learned now
	 * for a document kept without it); without one, "you" to whoever added it, and by the
	 * chat it was added in to others ("i Slack", "via webbchatten"). Never by a user id:
	 * it means nothing to a reader.
	 */
	private String addedBy(StoredDocument document, Map<String, String> adderNames, Inbound message) {
		Locale locale = message.locale();
		Optional<String> name = Optional.ofNullable(document.addedByName())
			.or(() -> Optional.ofNullable(adderNames.get(document.addedBy())));
		if (name.isPresent()) {
			return messages.getMessage("documents.list.addedBy", new Object[] { name.get() }, locale);
		}
		if (message.user() != null && document.addedBy().equals(Places.who(message.place().chat(), message.user()))) {
			return messages.getMessage("documents.list.addedByYou", null, locale);
		}
		return Places.user(document.addedBy())
			.map(user -> messages.getMessage(user.chat().text("documents.list.added"), locale))
			.orElseGet(() -> messages.getMessage("documents.list.added", null, locale));
	}

	private static String unquoted(String name) {
		return name.strip().replaceAll("^[\"”“']+|[\"”“']+$", "").strip();
	}

}
