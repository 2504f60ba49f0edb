package se.fyren.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Whether a file's bytes are the format its name says, by Tika's detection from the bytes
 * alone: a PDF named {@code .docx} (or a Word file named {@code .pdf}) was read as what
 * it is and added under a name that lies about it. Bytes Tika recognises as no format at
 * all are not judged here: the reader refuses those as damaged, or as no text.
 */
final class DeclaredFormat {

	/**
	 * What each extension's bytes may be detected as. A Word package whose parts Tika
	 * cannot name is a generic OOXML or ZIP package: still read as DOCX, so a damaged one
	 * is told it is damaged. HTML without its {@code <html>} tag is detected as plain
	 * text, and XHTML as XML: both are read as HTML, as before.
	 */
	private static final Map<String, Set<String>> ACCEPTED = Map.of("pdf", Set.of("application/pdf"), "docx",
			Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.template",
					"application/vnd.ms-word.document.macroenabled.12",
					"application/vnd.ms-word.template.macroenabled.12", "application/x-tika-ooxml", "application/zip"),
			"html", Set.of("text/html", "application/xhtml+xml", "application/xml", "text/plain"), "htm",
			Set.of("text/html", "application/xhtml+xml", "application/xml", "text/plain"));

	/**
	 * What a text file ({@code .txt}, {@code .md}) is refused as: a document format a
	 * person may well have misnamed. Anything else Tika names (a text beginning "From:"
	 * is an e-mail to it, one beginning {@code <?xml} is XML) is left to the text checks,
	 * which refuse binary data as no text.
	 */
	private static final Set<String> NOT_TEXT = Set.of("application/pdf", "application/zip", "application/x-tika-ooxml",
			"application/x-tika-msoffice", "application/msword");

	private DeclaredFormat() {
	}

	/**
	 * Bytes of another format than their name says.
	 *
	 * @param detected the media type Tika detected, for the log
	 * @param shown that format as its usual extension in capitals ({@code PDF},
	 * {@code DOCX}), empty when Tika registers none for it
	 */
	record Mismatch(String detected, Optional<String> shown) {
	}

	/**
	 * How the bytes differ from the format {@code extension} names; empty when they are
	 * that format, or no format Tika knows. {@code detector} is the parser's own, which
	 * looks into a ZIP package: only ever given bytes whose unpacked size has been
	 * checked.
	 */
	static Optional<Mismatch> mismatch(String extension, byte[] bytes, Detector detector) {
		MediaType detected = detect(bytes, detector);
		if (detected.equals(MediaType.OCTET_STREAM)) {
			return Optional.empty();
		}
		boolean text = extension.equals("txt") || extension.equals("md");
		boolean fits = text ? !NOT_TEXT.contains(detected.toString())
				: ACCEPTED.getOrDefault(extension, Set.of()).contains(detected.toString());
		return fits ? Optional.empty() : Optional.of(new Mismatch(detected.toString(), shown(detected)));
	}

	/**
	 * The type by magic bytes alone, as a text file is judged: nothing is unpacked from a
	 * file that is not read as a package.
	 */
	static Optional<Mismatch> textMismatch(String extension, byte[] bytes) {
		return mismatch(extension, bytes, MimeTypes.getDefaultMimeTypes());
	}

	private static MediaType detect(byte[] bytes, Detector detector) {
		try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
			return detector.detect(in, new Metadata()).getBaseType();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Detecting the format of bytes in memory failed", ex);
		}
	}

	/** The type as people know it, by its usual extension. */
	private static Optional<String> shown(MediaType type) {
		try {
			return Optional.of(MimeTypes.getDefaultMimeTypes().forName(type.toString()).getExtension())
				.filter(extension -> extension.length() > 1)
				.map(extension -> extension.substring(1).toUpperCase(Locale.ROOT));
		}
		catch (MimeTypeException ex) {
			return Optional.empty();
		}
	}

}
