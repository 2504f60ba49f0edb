package se.fyren.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.Thesaurus;
import se.fyren.knowledge.index.IndexSnapshot;
import se.fyren.knowledge.index.PassageIndex;

/**
 * The shared corpus indexed as Fyren indexes it, opened beside the knowledge base that
 * wrote it, so a test can reach the searcher's parts (the analysed question, the query,
 * the snapshot) instead of only the answer. A test class registers it as a static field
 * ({@code @RegisterExtension}): it is indexed once in a folder of its own before the
 * class's tests and closed and removed after them.
 */
final class CorpusIndex implements BeforeAllCallback, AfterAllCallback {

	private Path data;

	private KnowledgeBase knowledge;

	private PassageIndex index;

	private IndexSnapshot snapshot;

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		data = Files.createTempDirectory("fyren-corpus-index");
		knowledge = new KnowledgeBase(SharedData.settings(data));
		knowledge.refresh();
		Thesaurus thesaurus = Thesaurus.load(SharedData.thesaurus());
		index = PassageIndex.readOnly(data.resolve("index"),
				parts -> new SwedishAnalysis(parts, thesaurus, NounLemmas.swedish()));
		snapshot = index.acquire();
	}

	KnowledgeBase knowledge() {
		return knowledge;
	}

	IndexSnapshot snapshot() {
		return snapshot;
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		index.release(snapshot);
		index.close();
		knowledge.close();
		try (Stream<Path> files = Files.walk(data)) {
			files.sorted(Comparator.reverseOrder()).forEach(CorpusIndex::delete);
		}
	}

	private static void delete(Path path) {
		try {
			Files.delete(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
