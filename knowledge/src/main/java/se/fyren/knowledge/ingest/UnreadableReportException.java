package se.fyren.knowledge.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** A report that cannot be read or parsed; it is skipped and the rest is indexed. */
public final class UnreadableReportException extends Exception {

	private final Path path;

	private final String reason;

	private final Kind kind;

	private final String actualFormat;

	/**
	 * What went wrong, for a reader who added the file and should be told in their own
	 * words what to do about it.
	 */
	public enum Kind {

		/** Could not be read or parsed (damaged, or not the format its name says). */
		UNREADABLE,
		/** The file has no bytes. */
		EMPTY,
		/** A text file that is binary data or no language. */
		NOT_TEXT,
		/** A PDF or document without extractable text: scanned pages (no OCR is done). */
		NO_TEXT,
		/** Protected by a password. */
		ENCRYPTED,
		/**
		 * A package (DOCX) that unpacks to far more than its size: a zip bomb, or a
		 * document far past what a chat answers from.
		 */
		ZIP_BOMB,
		/**
		 * Far more text than its size holds, by Tika's own count: a zip bomb of text,
		 * under the limit of what is unpacked.
		 */
		TEXT_BOMB,
		/** Parsing took longer than the time limit. */
		TOO_SLOW,
		/** A file name whose extension Fyren does not read. */
		UNSUPPORTED,
		/**
		 * Bytes of another format than the name's extension says (a PDF named
		 * {@code .docx}); {@link #actualFormat} names it.
		 */
		WRONG_FORMAT

	}

	public UnreadableReportException(Path path, String reason, Throwable cause) {
		this(path, Kind.UNREADABLE, reason, cause);
	}

	public UnreadableReportException(Path path, Kind kind, String reason, Throwable cause) {
		this(path, kind, reason, cause, null);
	}

	private UnreadableReportException(Path path, Kind kind, String reason, Throwable cause, String actualFormat) {
		super(path.getFileName() + ": " + reason, cause);
		this.path = path;
		this.reason = reason;
		this.kind = kind;
		this.actualFormat = actualFormat;
	}

	/**
	 * Bytes of another format than the name says.
	 * @param actualFormat what they are, as its usual extension in capitals ({@code PDF})
	 */
	static UnreadableReportException wrongFormat(Path path, String actualFormat, String detectedType) {
		String declared = DocumentReader.extension(path).toUpperCase(Locale.ROOT);
		return new UnreadableReportException(path, Kind.WRONG_FORMAT,
				"is not a " + declared + " file but " + detectedType + "; not read", null, actualFormat);
	}

	public Kind kind() {
		return kind;
	}

	/** Why, without the file's name. */
	public String reason() {
		return reason;
	}

	public Path path() {
		return path;
	}

	/**
	 * The format the bytes are, as its usual extension in capitals ({@code PDF},
	 * {@code DOCX}), for {@link Kind#WRONG_FORMAT}; empty otherwise.
	 */
	public Optional<String> actualFormat() {
		return Optional.ofNullable(actualFormat);
	}

}
