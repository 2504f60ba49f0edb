package se.fyren.bot.ask;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.HomeSection;
import se.fyren.bot.chat.Reply;
import se.fyren.knowledge.ingest.DocumentReader;
import se.fyren.knowledge.ingest.MetadataCatalog;
import se.fyren.knowledge.ingest.ReportFolders;
import se.fyren.knowledge.ingest.SourceMetadata;

/**
 * The reports Fyren answers from, for a chat's home page: each one's title, publisher and
 * year as the administrator gave them in {@code sources.yml} (the file's name where they
 * gave none), so a new user sees what Fyren knows before asking.
 */
@Component
@Order(0)
class ReportShelf implements HomeSection {

	private final ReportFolders folders;

	private final MessageSource messages;

	ReportShelf(KnowledgeProperties properties, MessageSource messages) {
		this.folders = new ReportFolders(properties.reportFolders());
		this.messages = messages;
	}

	@Override
	public Optional<Reply.Card> homeCard(Channel channel, Locale locale) {
		MetadataCatalog metadata = folders.metadata();
		List<String> lines = new ArrayList<>();
		for (Path file : folders.files().values()) {
			String name = file.getFileName().toString();
			SourceMetadata source = metadata.find(DocumentReader.docId(name));
			lines.add("• " + describe(source, name));
		}
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Reply.Card(messages.getMessage("home.reports.title", null, locale),
				List.of(String.join("\n", lines)), List.of()));
	}

	private static String describe(SourceMetadata source, String fileName) {
		if (source == null || source.title() == null) {
			return fileName;
		}
		StringBuilder line = new StringBuilder("*").append(source.title()).append('*');
		if (source.publisher() != null) {
			line.append(" – ").append(source.publisher());
		}
		if (source.year() != null) {
			line.append(", ").append(source.year());
		}
		return line.toString();
	}

}
