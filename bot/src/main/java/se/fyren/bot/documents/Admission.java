package se.fyren.bot.documents;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.fyren.bot.infra.Megabytes;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.ingest.DocumentReader;
import se.fyren.knowledge.ingest.ReadProgress;
import se.fyren.knowledge.ingest.Report;
import se.fyren.knowledge.ingest.UnreadableReportException;

/**
 * Reads an upload and decides whether it may join a collection: a file name without its
 * path, a format Fyren reads, the size and page limits, no second copy of the same bytes
 * in the collection, and the same reader and hazard checks as the report folders (which
 * include that the bytes are the format the name says). Nothing is stored here: a refused
 * file changes nothing.
 */
public final class Admission {

	private static final Logger log = LoggerFactory.getLogger(Admission.class);

	/** Enough for a readable title; longer names are cut. */
	private static final int MAX_NAME_CHARS = 200;

	private static final int ID_BYTES = 6;

	private final KnowledgeBase knowledge;

	private final DocumentStore store;

	private final DocumentsProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	public Admission(KnowledgeBase knowledge, DocumentStore store, DocumentsProperties properties, Clock clock) {
		this.knowledge = knowledge;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	/** A document read and ready to store, with its report ready to index. */
	public record Admitted(StoredDocument document, Report report) {
	}

	/** Reads the upload into the collection, or says why not. */
	public Admitted admit(Upload upload, String collection) throws Refused {
		return admit(upload, collection, ReadProgress.NONE);
	}

	/** Reads as above, telling {@code progress} page by page. */
	public Admitted admit(Upload upload, String collection, ReadProgress progress) throws Refused {
		String fileName = fileName(upload.fileName());
		Optional<Refused> unread = refusedUnread(fileName, upload.bytes().length);
		if (unread.isPresent()) {
			throw unread.get();
		}
		String sha = DocumentReader.fingerprint(upload.bytes());
		var duplicate = store.duplicate(collection, sha);
		if (duplicate.isPresent()) {
			throw new Refused("documents.duplicate", fileName, duplicate.get().title(), Places.shown(collection));
		}
		String id = "d-" + HexFormat.of().formatHex(bytes());
		Report report;
		try {
			report = knowledge.read(id, readAs(id, fileName), upload.bytes(), DocumentReader.docId(fileName),
					collection, progress);
		}
		catch (UnreadableReportException ex) {
			// The reason names no content; the file name is the uploader's own, for them
			// only.
			log.info("Upload {} of {} bytes to collection {} refused ({}): {}", id, upload.bytes().length,
					Places.shown(collection), ex.kind(), ex.reason());
			// A zip bomb's message names the unpacked limit, told as size limits are;
			// the others name only the file.
			throw new Refused("documents.unreadable." + ex.kind().name().toLowerCase(Locale.ROOT), fileName,
					extension(fileName), Megabytes.of(knowledge.readLimits().maxUnpackedBytes()),
					ex.actualFormat().orElse(""));
		}
		if (report.pages() > properties.maxPages()) {
			// Counts go as numbers: the message writes them in the reader's language
			// ("1 000", "1,000") and a limit of one page in the singular.
			throw new Refused("documents.tooManyPages", fileName, report.pages(), properties.maxPages());
		}
		StoredDocument document = new StoredDocument(id, collection, report.title(), fileName, sha, report.pages(),
				upload.addedBy(), upload.addedByName(), clock.instant());
		return new Admitted(document, report);
	}

	/**
	 * Refused by its name's format or its size, before anything is read: the format
	 * first, since a file Fyren does not read is not worth making smaller, nor is it a
	 * copy of a document already added.
	 */
	Optional<Refused> refusedUnread(String fileName, long size) {
		String extension = extension(fileName);
		if (extension.isEmpty()) {
			return Optional.of(new Refused("documents.noExtension", fileName));
		}
		if (!DocumentReader.EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT))) {
			return Optional.of(new Refused("documents.unreadable.unsupported", fileName, extension));
		}
		if (size <= properties.maxSize().toBytes()) {
			return Optional.empty();
		}
		return Optional.of(new Refused("documents.tooLarge", fileName, Megabytes.of(size),
				Megabytes.of(properties.maxSize().toBytes())));
	}

	private byte[] bytes() {
		byte[] bytes = new byte[ID_BYTES];
		random.nextBytes(bytes);
		return bytes;
	}

	/**
	 * The name's last part, without characters that are path separators or controls on
	 * any system: {@code ..\\..\\Mål: budget.pdf} becomes {@code Mål budget.pdf}. What
	 * the person called it otherwise stays, composed (as {@link StoredDocument} keeps it,
	 * so the report's title in the index is the same string).
	 */
	static String fileName(String given) throws Refused {
		String name = given == null ? "" : StoredDocument.composed(given);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", " ").replaceAll("\\s+", " ").strip();
		while (name.startsWith(".")) {
			name = name.substring(1).strip();
		}
		if (name.length() > MAX_NAME_CHARS) {
			int dot = name.lastIndexOf('.');
			String extension = dot < 0 ? "" : name.substring(dot);
			name = name.substring(0, MAX_NAME_CHARS - extension.length()) + extension;
		}
		if (name.isEmpty() || DocumentReader.docId(name).isBlank()) {
			throw new Refused("documents.noName");
		}
		return name;
	}

	/**
	 * The name the knowledge library reads a document under: its id with the extension
	 * that gives its format. The library names a file in its log lines (a text read as
	 * Windows-1252, a parse that failed), and an uploader's file name stays out of the
	 * log.
	 */
	static String readAs(String id, String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? id : id + fileName.substring(dot);
	}

	/**
	 * The name's extension in capitals, as messages name a format; empty when it has
	 * none.
	 */
	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
	}

}
