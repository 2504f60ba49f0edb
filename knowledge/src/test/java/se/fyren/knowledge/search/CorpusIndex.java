package se.fyren.knowledge.search;

import java.nio.file.Path;

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
 * the snapshot) instead of only the answer.
 */
final class CorpusIndex implements AutoCloseable {

	private final KnowledgeBase knowledge;

	private final PassageIndex index;

	private final IndexSnapshot snapshot;

	CorpusIndex(Path data) {
		this.knowledge = new KnowledgeBase(SharedData.settings(data));
		knowledge.refresh();
		Thesaurus thesaurus = Thesaurus.load(SharedData.thesaurus());
		this.index = PassageIndex.readOnly(data.resolve("index"),
				parts -> new SwedishAnalysis(parts, thesaurus, NounLemmas.swedish()));
		this.snapshot = index.acquire();
	}

	KnowledgeBase knowledge() {
		return knowledge;
	}

	IndexSnapshot snapshot() {
		return snapshot;
	}

	@Override
	public void close() {
		index.release(snapshot);
		index.close();
		knowledge.close();
	}

}
