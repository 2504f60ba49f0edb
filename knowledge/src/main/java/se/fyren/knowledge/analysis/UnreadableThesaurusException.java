package se.fyren.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A thesaurus file is missing or cannot be read. A type of its own, so the application
 * can tell an administrator which file and what to do, rather than match on a message.
 */
public final class UnreadableThesaurusException extends UncheckedIOException {

	private final transient Path file;

	private final transient List<Path> files;

	UnreadableThesaurusException(Path file, List<Path> files, IOException cause) {
		super("Cannot read thesaurus " + file + " (of " + files + ")", cause);
		this.file = file;
		this.files = List.copyOf(files);
	}

	/** The file that could not be read, as configured (possibly relative). */
	public Path file() {
		return file;
	}

	/** All the thesaurus files configured. */
	public List<Path> files() {
		return files;
	}

}
