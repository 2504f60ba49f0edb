package se.fyren.knowledge.ingest;

import java.nio.file.Path;

/** A report that cannot be read or parsed; it is skipped and the rest is indexed. */
public final class UnreadableReportException extends Exception {

	private final Path path;

	public UnreadableReportException(Path path, String reason, Throwable cause) {
		super(path.getFileName() + ": " + reason, cause);
		this.path = path;
	}

	public Path path() {
		return path;
	}

}
