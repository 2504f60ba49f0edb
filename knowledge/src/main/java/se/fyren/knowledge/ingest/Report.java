package se.fyren.knowledge.ingest;

import java.nio.file.Path;
import java.util.List;

import se.fyren.knowledge.Passage;

/** A report ready to index: its cleaned text cut into passages. */
public record Report(String docId, Path path, String fingerprint, String title, String cleanedText,
		List<Passage> passages) {

	public Report {
		passages = List.copyOf(passages);
	}

}
