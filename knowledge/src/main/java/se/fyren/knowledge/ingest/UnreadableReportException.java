package se.fyren.knowledge.ingest;

import java.nio.file.Path;

/** A report that cannot be read or parsed; it is skipped and the rest is indexed. */
public final class UnreadableReportException extends Exception {

	private final Path path;

	private final String reason;

	public UnreadableReportException(Path path, String reason, Throwable cause) {
		super(path.getFileName() + ": " + reason, cause);
		this.path = path;
		this.reason = reason;
	}

	/** Why, without the file's name. */
	public String reason() {
		return reason;
	}

	public Path path() {
		return path;
	}

}
