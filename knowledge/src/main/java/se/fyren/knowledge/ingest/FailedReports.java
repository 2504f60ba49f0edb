package se.fyren.knowledge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Report files that could not be read, remembered by content fingerprint in the data
 * directory so that a slow or broken file is not parsed again at every start; a changed
 * file has a new fingerprint and is tried again. Delete the file to retry them all.
 */
public final class FailedReports {

	/** One line per file: fingerprint, tab, the reason it failed. */
	public static final String FILE_NAME = "failed-reports.tsv";

	private final Path file;

	private final Map<String, String> reasons = new LinkedHashMap<>();

	public FailedReports(Path dataDirectory) {
		this.file = dataDirectory.resolve(FILE_NAME);
		if (Files.exists(file)) {
			try {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					int tab = line.indexOf('\t');
					if (tab > 0) {
						reasons.put(line.substring(0, tab), line.substring(tab + 1));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file, ex);
			}
		}
	}

	/** Why the file with this fingerprint failed before, if it did. */
	public synchronized Optional<String> reason(String fingerprint) {
		return Optional.ofNullable(reasons.get(fingerprint));
	}

	/**
	 * Remembers a failure, written through a temporary file so a crash leaves no half
	 * line.
	 */
	public synchronized void remember(String fingerprint, String reason) {
		reasons.put(fingerprint, reason.replaceAll("[\\t\\r\\n]+", " "));
		StringBuilder lines = new StringBuilder();
		reasons.forEach((key, value) -> lines.append(key).append('\t').append(value).append('\n'));
		try {
			Path written = Files.writeString(file.resolveSibling(FILE_NAME + ".tmp"), lines, StandardCharsets.UTF_8);
			Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
