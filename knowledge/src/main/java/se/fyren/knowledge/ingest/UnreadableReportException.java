package se.fyren.knowledge.ingest;

import java.nio.file.Path;

/** A report that cannot be read or parsed; it is skipped and the rest is indexed. */
public final class UnreadableReportException extends Exception {

	private final Path path;

	private final String reason;

	private final Kind kind;

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
		UNSUPPORTED

	}

	public UnreadableReportException(Path path, String reason, Throwable cause) {
		this(path, Kind.UNREADABLE, reason, cause);
	}

	public UnreadableReportException(Path path, Kind kind, String reason, Throwable cause) {
		super(path.getFileName() + ": " + reason, cause);
		this.path = path;
		this.reason = reason;
		this.kind = kind;
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

}
