package se.fyren.bot.documents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatCommand;
import se.fyren.bot.chat.CommandPattern;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Messenger;
import se.fyren.bot.chat.Names;
import se.fyren.bot.chat.Reply;

/**
 * {@code läs in https://…}: a document given as a link joins the place's collection, as a
 * shared file does, in every chat (Slack, Teams): fetched ({@link DocumentLink}) unless
 * nothing may be added here, read with its progress shown, and confirmed or refused with
 * the reason. The web chat adds with its upload field, behind the administrators' key.
 * "läs in" alone is told how it is used, not searched for in the reports; with words
 * after it ("läs in rapporten om skolan") it stays a question. (A file shared with "läs
 * in" never reaches here: the core hands files to {@link DocumentAttachments} first.)
 */
@Component
@Order(ChatCommand.FEATURE_ORDER)
class DocumentLinks implements ChatCommand {

	/**
	 * "läs in" and one link, bare or as Slack writes it ({@code <https://…|text>}).
	 */
	private static final CommandPattern READ_LINK = CommandPattern
		.of("(?:läs|las)\\s+in\\s+<?([a-z][a-z0-9+.\\-]*://[^\\s|>]+)(?:\\|[^>]*)?>?\\s*");

	/** "läs in" alone. */
	private static final CommandPattern READ_ALONE = CommandPattern.of("(?:läs|las)\\s+in");

	private static final CommandPattern PATTERN = CommandPattern.anyOf(List.of(READ_LINK, READ_ALONE));

	private final DocumentLibrary library;

	private final MessageSource messages;

	private final Messenger messenger;

	private final DocumentLink link;

	private final Names names;

	DocumentLinks(DocumentLibrary library, MessageSource messages, Messenger messenger, LinkProperties properties,
			Names names) {
		this.library = library;
		this.messages = messages;
		this.messenger = messenger;
		this.names = names;
		this.link = new DocumentLink(LinkClients.client(properties), properties);
	}

	@Override
	public Optional<CommandPattern> pattern() {
		return Optional.of(PATTERN);
	}

	@Override
	public Optional<Reply> handle(Inbound message) {
		Optional<Reply> link = READ_LINK.match(message.text())
			.map(matcher -> new Reply.TextReply(
					add(message, matcher.group(1).replace("&amp;", "&")).text(messages, message.locale())));
		if (link.isPresent()) {
			return link;
		}
		return READ_ALONE.match(message.text()).map(matcher -> new Reply.TextReply(usage(message)));
	}

	/**
	 * How documents are added in this chat: in the web chat with its upload field, in the
	 * others with a link or a shared file (Teams: in the personal chat).
	 */
	private String usage(Inbound message) {
		if (message.channel() == Channel.WEB) {
			return Outcome.refused("documents.link.web").text(messages, message.locale());
		}
		return messages.getMessage(message.channel().text("documents.read.usage"), message.locale());
	}

	private Outcome add(Inbound message, String url) {
		if (message.channel() == Channel.WEB) {
			return Outcome.refused("documents.link.web");
		}
		if (!library.addsIn(message.place())) {
			return Outcome.refused("documents.nowhere");
		}
		DocumentLink.Fetched fetched;
		try {
			fetched = link.fetch(url, library.maxBytes());
		}
		catch (Refused refused) {
			return refused.outcome();
		}
		Optional<Outcome> refused = library.refusedUnread(fetched.fileName(),
				Math.max(fetched.size(), fetched.bytes().length));
		if (refused.isPresent()) {
			return refused.get();
		}
		String who = Places.who(message.channel(), Objects.toString(message.user(), ""));
		Destination where = new Destination(message.channel(), message.conversation(), null);
		Upload upload = new Upload(fetched.fileName(), fetched.bytes(), who,
				names.of(message.channel(), message.user()).orElse(null));
		return library.addAndWait(upload, message.place(),
				new ReadingPosts(messenger, messages, where, message.locale(), fetched.fileName()));
	}

}
