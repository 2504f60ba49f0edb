package se.fyren.bot.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Attachment;
import se.fyren.bot.chat.AttachmentHandler;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Messenger;
import se.fyren.bot.chat.Names;
import se.fyren.bot.chat.Reply;

/**
 * Files shared with Fyren in a chat (Slack, Teams) join the place's collection: each
 * fetched unless nothing may be added there or the chat already says it is too large,
 * read (a long one showing its progress in the conversation, {@link ReadingPosts}), and
 * confirmed or refused with the reason, one line per file.
 */
@Component
class DocumentAttachments implements AttachmentHandler {

	private static final Logger log = LoggerFactory.getLogger(DocumentAttachments.class);

	private final DocumentLibrary library;

	private final MessageSource messages;

	private final Messenger messenger;

	private final Names names;

	DocumentAttachments(DocumentLibrary library, MessageSource messages, Messenger messenger, Names names) {
		this.library = library;
		this.messages = messages;
		this.messenger = messenger;
		this.names = names;
	}

	@Override
	public Reply take(Inbound message, Destination where, List<Attachment> files) {
		if (!library.addsIn(message.place())) {
			return new Reply.TextReply(Outcome.refused("documents.nowhere").text(messages, message.locale()));
		}
		List<String> lines = new ArrayList<>();
		for (Attachment file : files) {
			lines.add(add(file, message, where).text(messages, message.locale()));
		}
		return new Reply.TextReply(String.join("\n", lines));
	}

	private Outcome add(Attachment file, Inbound message, Destination where) {
		Optional<Outcome> refused = library.refusedUnread(file.fileName(), file.size());
		if (refused.isPresent()) {
			return refused.get();
		}
		byte[] bytes;
		try {
			bytes = file.content().bytes(library.maxBytes());
		}
		catch (IOException ex) {
			log.warn("Could not download a file shared in {}: {}", message.channel(), ex.toString());
			return Outcome.refused("documents.downloadFailed", file.fileName());
		}
		String who = Places.who(message.channel(), Objects.toString(message.user(), ""));
		Upload upload = new Upload(file.fileName(), bytes, who,
				names.of(message.channel(), message.user()).orElse(null));
		return library.addAndWait(upload, message.place(),
				new ReadingPosts(messenger, messages, where, message.locale(), file.fileName()));
	}

}
