package se.fyren.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
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

	private final AutoDetectParser parser = new AutoDetectParser();

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
		if (bytes.length == 0) {
			throw new UnreadableReportException(file, "the file is empty", null);
		}
		List<PageText> pages = switch (extension(file)) {
			case "txt", "md" -> List.of(new PageText(null, decodeText(file, bytes)));
			default -> parse(file);
		};
		if (pages.stream().allMatch(p -> p.text().isBlank())) {
			throw new UnreadableReportException(file, "no text could be extracted", null);
		}
		return new RawDocument(docId(file.getFileName().toString()), file, fingerprint(bytes), pages);
	}

	public static String fingerprint(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	private static String decodeText(Path file, byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			log.warn("{} is not valid UTF-8; read it as Windows-1252", file);
			return new String(bytes, FALLBACK);
		}
	}

	private List<PageText> parse(Path file) throws UnreadableReportException {
		PageCollectingHandler handler = new PageCollectingHandler();
		Metadata metadata = new Metadata();
		try (InputStream in = Files.newInputStream(file)) {
			parser.parse(in, handler, metadata, new ParseContext());
		}
		catch (IOException | SAXException | TikaException | RuntimeException ex) {
			throw new UnreadableReportException(file,
					"cannot be parsed as " + extension(file).toUpperCase(Locale.ROOT) + " (" + rootMessage(ex) + ")",
					ex);
		}
		return handler.pages();
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
