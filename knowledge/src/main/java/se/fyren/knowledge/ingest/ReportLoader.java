package se.fyren.knowledge.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import se.fyren.knowledge.chunk.Chunker;
import se.fyren.knowledge.clean.Line;
import se.fyren.knowledge.clean.TextCleaner;

/** Read, clean and chunk one report file. */
public final class ReportLoader {

	private static final int MAX_DERIVED_TITLE = 120;

	private final DocumentReader reader;

	private final TextCleaner cleaner = new TextCleaner();

	private final Chunker chunker = new Chunker();

	public ReportLoader() {
		this(ReadLimits.DEFAULT);
	}

	public ReportLoader(ReadLimits limits) {
		this.reader = new DocumentReader(limits);
	}

	public Report load(Path file, SourceMetadata metadata) throws UnreadableReportException {
		RawDocument raw = reader.read(file);
		List<Line> lines = cleaner.clean(raw);
		String title = metadata.citedTitle(metadata.title() != null ? null : derivedTitle(lines, raw.docId()));
		Chunker.Chunked chunked = chunked(raw, title, lines);
		return new Report(raw.docId(), file, raw.fingerprint(), title, chunked.cleanedText(), chunked.passages(),
				metadata.publisher());
	}

	/**
	 * A document given as bytes (an upload) under the doc id {@code docId}: its format is
	 * the extension of {@code fileName}, which also names it in errors.
	 */
	public Report load(String docId, String fileName, byte[] bytes, String title, String collection)
			throws UnreadableReportException {
		return load(docId, fileName, bytes, title, collection, ReadProgress.NONE);
	}

	/** Loads as above, telling {@code progress} as the pages are read. */
	public Report load(String docId, String fileName, byte[] bytes, String title, String collection,
			ReadProgress progress) throws UnreadableReportException {
		RawDocument read = reader.read(Path.of(fileName), bytes, progress);
		RawDocument raw = new RawDocument(docId, Path.of("stored", docId), read.fingerprint(), read.pages());
		List<Line> lines = cleaner.clean(raw);
		Chunker.Chunked chunked = chunked(raw, title, lines);
		return new Report(docId, raw.path(), raw.fingerprint(), title, chunked.cleanedText(), chunked.passages(),
				pages(raw), collection);
	}

	private Chunker.Chunked chunked(RawDocument raw, String title, List<Line> lines) throws UnreadableReportException {
		Chunker.Chunked chunked = chunker.chunk(raw.docId(), title, lines);
		if (chunked.passages().isEmpty()) {
			throw new UnreadableReportException(raw.path(), UnreadableReportException.Kind.NO_TEXT,
					"no text left after cleaning", null);
		}
		return chunked;
	}

	private static int pages(RawDocument raw) {
		return (int) raw.pages().stream().map(PageText::page).filter(Objects::nonNull).distinct().count();
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
