package se.fyren.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.CollectionNames;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.Passage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.Thesaurus;
import se.fyren.knowledge.ingest.Report;
import se.fyren.knowledge.ingest.ReportFolders;

/**
 * Every passage read back from the index ({@link IndexedPassage}) is the passage the
 * reports were cut into, field for field, with or without a page, in the collection it
 * was indexed in, and carries its sentences.
 */
class IndexedPassageTest {

	// A report with printed pages beside the corpus's plain text and Markdown ones.
	private static final Path PAGED = SharedData.FORMATS.resolve("jamlik-halsa-sektorsovergripande-kursmanual.pdf");

	@TempDir
	Path folder;

	@TempDir
	Path data;

	@Test
	void everyPassageReadBackIsThePassageIndexed() throws Exception {
		Files.copy(SharedData.CORPUS.resolve("leksand-politisk-samverkansberedning-2014-09-16.md"),
				folder.resolve("leksand-politisk-samverkansberedning-2014-09-16.md"));
		Files.copy(SharedData.CORPUS.resolve("sources.yml"), folder.resolve("sources.yml"));
		Files.copy(PAGED, folder.resolve(PAGED.getFileName()));
		List<Path> folders = List.of(folder);
		try (KnowledgeBase knowledge = new KnowledgeBase(
				new KnowledgeSettings(folders, data, SharedData.thesaurus()))) {
			knowledge.refresh();
		}
		Map<String, Passage> cut = new HashMap<>();
		for (Report report : new ReportFolders(folders).loadAll()) {
			report.passages().forEach(passage -> cut.put(passage.id(), passage));
		}

		Thesaurus thesaurus = Thesaurus.load(SharedData.thesaurus());
		try (PassageIndex index = PassageIndex.readOnly(data.resolve("index"),
				parts -> new SwedishAnalysis(parts, thesaurus, NounLemmas.swedish()))) {
			IndexSnapshot snapshot = index.acquire();
			try {
				IndexReader reader = snapshot.searcher().getIndexReader();
				int paged = 0;
				int sectioned = 0;
				for (int doc = 0; doc < reader.maxDoc(); doc++) {
					IndexedPassage read = IndexedPassage.read(reader, doc);
					Passage original = cut.get(read.passage().id());

					assertThat(read.passage()).isEqualTo(original.in(CollectionNames.REPORTS));
					assertThat(read.sentences().decode().spans()).isNotEmpty();
					paged += read.passage().page() == null ? 0 : 1;
					sectioned += read.passage().sections().size() > 1 ? 1 : 0;
				}
				assertThat(reader.maxDoc()).isEqualTo(cut.size());
				assertThat(paged).as("passages with a page").isPositive().isLessThan(reader.maxDoc());
				assertThat(sectioned).as("passages that run through sections").isPositive();
			}
			finally {
				index.release(snapshot);
			}
		}
	}

}
