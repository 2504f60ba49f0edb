package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.Thesaurus;
import se.fyren.knowledge.index.IndexSnapshot;
import se.fyren.knowledge.index.IndexedPassage;
import se.fyren.knowledge.index.PassageIndex;
import se.fyren.knowledge.search.Coverage;

/**
 * A list's terms, put together from its sentences' stored terms and its heading's, are
 * the terms of its whole context analysed at once, for every list of every passage of the
 * corpus: the analysis works word by word, so texts put together have the terms of each.
 */
class ListTermsTest {

	@TempDir
	Path data;

	@Test
	void aListsTermsAreThoseOfItsContextAnalysedWhole() {
		try (KnowledgeBase knowledge = new KnowledgeBase(SharedData.settings(data))) {
			knowledge.refresh();
		}
		Thesaurus thesaurus = Thesaurus.load(SharedData.thesaurus());
		try (PassageIndex index = PassageIndex.readOnly(data.resolve("index"),
				parts -> new SwedishAnalysis(parts, thesaurus, NounLemmas.swedish()))) {
			IndexSnapshot snapshot = index.acquire();
			try {
				Analyzer analyzer = snapshot.analysis().indexAnalyzer();
				IndexReader reader = snapshot.searcher().getIndexReader();
				HeadingTerms headings = new HeadingTerms();
				int lists = 0;
				for (int doc = 0; doc < reader.maxDoc(); doc++) {
					IndexedPassage passage = IndexedPassage.read(reader, doc);
					for (AnswerUnit unit : AnswerUnit.of(passage.passage(), passage.sentences().decode(), true)) {
						if (unit.list()) {
							assertThat(unit.contextTerms(headings, analyzer)).as(unit.context())
								.isEqualTo(Coverage.terms(analyzer, unit.context()));
							lists++;
						}
					}
				}
				assertThat(lists).as("lists in the corpus").isGreaterThan(100);
			}
			finally {
				index.release(snapshot);
			}
		}
	}

}
