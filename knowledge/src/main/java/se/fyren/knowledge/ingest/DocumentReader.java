package se.fyren.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.SecureContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Reads a report file into text: plain text and Markdown directly, PDF, DOCX and HTML
 * through Tika.
 */
public final class DocumentReader {

	public static final Set<String> EXTENSIONS = Set.of("txt", "md", "pdf", "docx", "html", "htm");

	private static final Logger log = LoggerFactory.getLogger(DocumentReader.class);

	// Plain text that is not UTF-8 is almost always Windows-1252 from an older office
	// export.
	private static final Charset FALLBACK = Charset.forName("windows-1252");

	private static final int REPLACEMENT = 0xFFFD;

	/**
	 * Long enough for a 300-page PDF on a slow machine; a hung parse must not stall
	 * start.
	 */
	public static final Duration PARSE_TIME_LIMIT = Duration.ofSeconds(60);

	/**
	 * Tika's own zip bomb check ({@link SecureContentHandler}: more than 100 characters
	 * of text a byte past a million, or XML nested too deep) refuses with this exception,
	 * under whatever a parser wraps it in. It is not public, so it is told by its name.
	 */
	private static final String TIKA_ZIP_BOMB = SecureContentHandler.class.getName() + "$SecureSAXException";

	/**
	 * Text files with more control characters (tab, line and page breaks aside) or
	 * undecodable bytes than this are binary data: Swedish and English reports have none.
	 */
	static final double MAX_CONTROL_SHARE = 0.01;

	/**
	 * A few stray control characters (a NUL or a byte-order mark's remains in an old
	 * export) are tolerated however short the file: binary data has hundreds.
	 */
	static final int TOLERATED_CONTROL_CHARACTERS = 16;

	/**
	 * Text with fewer letters among its visible characters than this is no language: even
	 * a table of figures in a report has its headings and labels.
	 */
	static final double MIN_LETTER_SHARE = 0.5;

	/**
	 * Tika's parsers, made on the first PDF, DOCX or HTML file: loading its parser
	 * registry is a large part of a start on text reports or an unchanged index, which
	 * never parse. Holder idiom: created once, then immutable and thread-safe.
	 */
	private static final class Tika {

		static final AutoDetectParser PARSER = new AutoDetectParser();

	}

	private final Duration parseTimeLimit;

	private final ReadLimits limits;

	// Daemon threads: a parse that ignores its interrupt must not keep the JVM alive.
	private final ExecutorService parsing = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "fyren-parse");
		thread.setDaemon(true);
		return thread;
	});

	public DocumentReader() {
		this(ReadLimits.DEFAULT);
	}

	public DocumentReader(ReadLimits limits) {
		this(PARSE_TIME_LIMIT, limits);
	}

	public DocumentReader(Duration parseTimeLimit, ReadLimits limits) {
		this.parseTimeLimit = parseTimeLimit;
		this.limits = limits;
	}

	public static boolean isReport(Path file) {
		return EXTENSIONS.contains(extension(file)) && Files.isRegularFile(file);
	}

	public static String docId(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}

	public RawDocument read(Path file) throws UnreadableReportException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UnreadableReportException(file, "cannot be read (" + ex.getMessage() + ")", ex);
		}
		return read(file, bytes);
	}

	/**
	 * Reads a document given as bytes (an upload), with the same checks as a file:
	 * {@code source} names it in errors and gives its format by its extension.
	 */
	public RawDocument read(Path source, byte[] bytes) throws UnreadableReportException {
		return read(source, bytes, ReadProgress.NONE);
	}

	/** Reads as {@link #read(Path, byte[])}, telling {@code progress} page by page. */
	public RawDocument read(Path source, byte[] bytes, ReadProgress progress) throws UnreadableReportException {
		if (!EXTENSIONS.contains(extension(source))) {
			throw new UnreadableReportException(source, UnreadableReportException.Kind.UNSUPPORTED,
					"not one of the formats read (" + String.join(", ", EXTENSIONS) + ")", null);
		}
		if (bytes.length == 0) {
			throw new UnreadableReportException(source, UnreadableReportException.Kind.EMPTY, "the file is empty",
					null);
		}
		List<PageText> pages = switch (extension(source)) {
			case "txt", "md" -> {
				declared(source, DeclaredFormat.textMismatch(extension(source), bytes));
				yield List.of(new PageText(null, plausibleText(source, decodeText(source, bytes))));
			}
			default -> parse(source, bytes, progress);
		};
		if (pages.stream().allMatch(p -> p.text().isBlank())) {
			throw new UnreadableReportException(source, UnreadableReportException.Kind.NO_TEXT,
					"no text could be extracted", null);
		}
		return new RawDocument(docId(source.getFileName().toString()), source, fingerprint(bytes), pages);
	}

	public static String fingerprint(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/**
	 * A text file's characters: by its byte order mark when it has one and the bytes
	 * after it read so (Notepad saves "Unicode" as UTF-16 with a mark); without one, as
	 * UTF-16 when its high bytes fall as UTF-16 text's do ({@link UnmarkedUtf16}); else
	 * as UTF-8, else as Windows-1252. Read so, a mark the bytes do not bear out is no
	 * text, and nor is a NUL.
	 */
	private static String decodeText(Path file, byte[] bytes) {
		ByteOrderMark mark = byteOrderMark(bytes);
		int start = mark == null ? 0 : mark.length();
		if (mark != null) {
			Optional<String> marked = strictly(Charset.forName(mark.getCharsetName()), bytes, start);
			if (marked.isPresent()) {
				return marked.get();
			}
		}
		else {
			Optional<Charset> utf16 = UnmarkedUtf16.of(bytes);
			Optional<String> unmarked = utf16.flatMap(charset -> strictly(charset, bytes, 0));
			if (unmarked.isPresent()) {
				log.info("{} has no byte order mark; read it as {} by its high bytes", file, utf16.get());
				return unmarked.get();
			}
		}
		Optional<String> utf8 = strictly(StandardCharsets.UTF_8, bytes, start);
		if (utf8.isPresent()) {
			return utf8.get();
		}
		log.warn("{} is not valid UTF-8; read it as Windows-1252", file);
		return new String(bytes, start, bytes.length - start, FALLBACK).replace("\0", "");
	}

	private static ByteOrderMark byteOrderMark(byte[] bytes) {
		try (BOMInputStream in = BOMInputStream.builder()
			.setInputStream(new ByteArrayInputStream(bytes))
			.setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE,
					ByteOrderMark.UTF_32LE, ByteOrderMark.UTF_32BE)
			.get()) {
			return in.getBOM();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading bytes in memory failed", ex);
		}
	}

	private static Optional<String> strictly(Charset charset, byte[] bytes, int start) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Refuses a "text" file that is binary data (control characters, undecodable bytes)
	 * or no language at all (too few letters): indexed, it would crowd out real passages.
	 */
	private static String plausibleText(Path file, String text) throws UnreadableReportException {
		long control = text.codePoints()
			.filter(c -> c == REPLACEMENT
					|| Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')
			.count();
		long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
		long letters = text.codePoints().filter(Character::isLetter).count();
		if (control > TOLERATED_CONTROL_CHARACTERS && control > MAX_CONTROL_SHARE * text.length()) {
			throw new UnreadableReportException(file, UnreadableReportException.Kind.NOT_TEXT,
					"is not text (%d%% control characters or undecodable bytes)"
						.formatted(Math.round(100.0 * control / text.length())),
					null);
		}
		if (visible > 0 && letters < MIN_LETTER_SHARE * visible) {
			throw new UnreadableReportException(file, UnreadableReportException.Kind.NOT_TEXT,
					"is not text in any language (%d%% letters)".formatted(Math.round(100.0 * letters / visible)),
					null);
		}
		return text;
	}

	/** Parses with Tika within the time limit; a parse that takes longer is given up. */
	private List<PageText> parse(Path file, byte[] bytes, ReadProgress progress) throws UnreadableReportException {
		Future<List<PageText>> pages = parsing.submit(() -> parseNow(file, bytes, progress));
		try {
			return pages.get(parseTimeLimit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			pages.cancel(true);
			throw new UnreadableReportException(file, UnreadableReportException.Kind.TOO_SLOW,
					"parsing took longer than " + parseTimeLimit.toMillis() + " ms; given up", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof UnreadableReportException unreadable) {
				throw unreadable;
			}
			throw new UnreadableReportException(file, "cannot be parsed (" + rootMessage(ex) + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			pages.cancel(true);
			throw new UnreadableReportException(file, "parsing was interrupted", ex);
		}
	}

	private List<PageText> parseNow(Path file, byte[] bytes, ReadProgress progress) throws UnreadableReportException {
		boolean bomb;
		try {
			bomb = ZipUnpacking.exceeds(bytes, limits.maxUnpackedBytes());
		}
		catch (IOException ex) {
			// The damage is not named: Commons Compress's messages name the package's
			// entries, which the uploader wrote.
			throw new UnreadableReportException(file, "its ZIP package is damaged and cannot be unpacked; not parsed",
					ex);
		}
		if (bomb) {
			throw new UnreadableReportException(file, UnreadableReportException.Kind.ZIP_BOMB,
					"unpacks to more than " + limits.maxUnpackedBytes() + " bytes, or nests packages deeper than "
							+ ZipUnpacking.MAX_NESTING + " (a zip bomb?); not parsed",
					null);
		}
		// Detected only now: Tika's detector looks into a ZIP package, and what it
		// unpacks
		// is checked above.
		declared(file, DeclaredFormat.mismatch(extension(file), bytes, Tika.PARSER.getDetector()));
		Metadata metadata = declaredName(file);
		PageCollectingHandler handler = new PageCollectingHandler(progress, metadata);
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			Tika.PARSER.parse(in, handler, metadata, new ParseContext());
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableReportException(file, UnreadableReportException.Kind.ENCRYPTED,
					"is protected by a password", ex);
		}
		catch (IOException | SAXException | TikaException | RuntimeException ex) {
			if (tikaSuspectsZipBomb(ex)) {
				throw new UnreadableReportException(file, UnreadableReportException.Kind.TEXT_BOMB,
						"unpacks to far more text than its size holds (Tika's zip bomb check); not parsed", ex);
			}
			throw new UnreadableReportException(file,
					"cannot be parsed as " + extension(file).toUpperCase(Locale.ROOT) + " (" + rootMessage(ex) + ")",
					ex);
		}
		// Bytes Tika recognises as no format at all (random data, a file cut off before
		// its header) parse to nothing: that is a damaged file or the wrong format, not
		// a document without text.
		if (MediaType.OCTET_STREAM.toString().equals(metadata.get(Metadata.CONTENT_TYPE))) {
			throw new UnreadableReportException(file, "is not a " + extension(file).toUpperCase(Locale.ROOT)
					+ " file: no document format is recognised in its bytes", null);
		}
		return handler.pages();
	}

	/**
	 * What Tika's detection is told besides the bytes: for HTML, the format the name
	 * declares. HTML without its {@code <html>} tag (a page's body saved on its own) is
	 * plain text by its bytes alone, and its tags, attributes and scripts would be
	 * indexed and quoted as text; with the name, the detector takes HTML, which is plain
	 * text specialised. Only a neutral name of the declared extension is given, never the
	 * uploader's. PDF and DOCX are known by their bytes, and a mismatch with the name was
	 * refused above.
	 */
	private static Metadata declaredName(Path file) {
		Metadata metadata = new Metadata();
		String extension = extension(file);
		if (extension.equals("html") || extension.equals("htm")) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "document." + extension);
		}
		return metadata;
	}

	/**
	 * Refuses bytes that are not the format the file's name says: as that format when
	 * Tika names it by an extension, else as damaged.
	 */
	private static void declared(Path file, Optional<DeclaredFormat.Mismatch> mismatch)
			throws UnreadableReportException {
		if (mismatch.isEmpty()) {
			return;
		}
		DeclaredFormat.Mismatch wrong = mismatch.get();
		if (wrong.shown().isEmpty()) {
			throw new UnreadableReportException(file, "is not a " + extension(file).toUpperCase(Locale.ROOT)
					+ " file but " + wrong.detected() + "; not read", null);
		}
		throw UnreadableReportException.wrongFormat(file, wrong.shown().get(), wrong.detected());
	}

	private static boolean tikaSuspectsZipBomb(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (TIKA_ZIP_BOMB.equals(cause.getClass().getName())) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
	}

	static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
