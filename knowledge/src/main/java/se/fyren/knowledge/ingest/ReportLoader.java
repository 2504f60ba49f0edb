package se.fyren.knowledge.ingest;

import java.util.List;

import se.fyren.knowledge.chunk.Chunker;
import se.fyren.knowledge.clean.Line;
import se.fyren.knowledge.clean.TextCleaner;

/** Read, clean and chunk one report file. */
public final class ReportLoader {

	private static final int MAX_DERIVED_TITLE = 120;

	private final DocumentReader reader = new DocumentReader();

	private final TextCleaner cleaner = new TextCleaner();

	private final Chunker chunker = new Chunker();

	public Report load(java.nio.file.Path file, SourceMetadata metadata) throws UnreadableReportException {
		RawDocument raw = reader.read(file);
		List<Line> lines = cleaner.clean(raw);
		String title = metadata.title() != null ? metadata.title() : derivedTitle(lines, raw.docId());
		Chunker.Chunked chunked = chunker.chunk(raw.docId(), title, lines);
		if (chunked.passages().isEmpty()) {
			throw new UnreadableReportException(file, "no text left after cleaning", null);
		}
		return new Report(raw.docId(), file, raw.fingerprint(), title, chunked.cleanedText(), chunked.passages());
	}

	/** Without metadata, a report is titled by its first line of text. */
	private static String derivedTitle(List<Line> lines, String docId) {
		return lines.stream()
			.map(Line::text)
			.filter(text -> !text.isBlank())
			.findFirst()
			.map(text -> text.length() > MAX_DERIVED_TITLE ? text.substring(0, MAX_DERIVED_TITLE) + "…" : text)
			.orElse(docId);
	}

}
