package se.fyren.knowledge.index;

import java.nio.file.Path;

import org.apache.lucene.store.LockObtainFailedException;

/**
 * Another process (a running Fyren server) holds the index's write lock: this one can
 * read the index's commits, but not write it.
 */
public final class IndexInUseException extends IllegalStateException {

	private final transient Path directory;

	IndexInUseException(Path directory, LockObtainFailedException cause) {
		super("The index at " + directory + " is written by another process", cause);
		this.directory = directory;
	}

	public Path directory() {
		return directory;
	}

}
