package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.analysis.CompoundParts;
import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.Thesaurus;
import se.fyren.knowledge.index.IndexSnapshot;
import se.fyren.knowledge.index.IndexedPassage;
import se.fyren.knowledge.index.PassageIndex;
import se.fyren.knowledge.ingest.Report;
import se.fyren.knowledge.ingest.ReportFolders;

/**
 * The passage after a passage, where a list that runs to its passage's end goes on: found
 * in the same report without a collection filter, and nothing for an id that carries no
 * ordinal.
 */
class FollowingPassageTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);

	private Passage found(String question) {
		return searcher.search(corpus.snapshot(), searcher.analyze(corpus.snapshot(), question), 1).get(0).passage();
	}

	@Test
	void findsTheNextPassageOfTheSameReportWithoutAFilter() {
		Passage passage = found("Vilka tre strömmar ingår i Kingdons modell?");

		Optional<Passage> next = searcher.following(corpus.snapshot(), passage, null).map(IndexedPassage::passage);

		assertThat(next).isPresent();
		assertThat(next.get().doc()).isEqualTo(passage.doc());
		assertThat(next.get().start()).isGreaterThan(passage.start());
	}

	@Test
	void findsTheNextPassageAsItStandsAfterItsReportChanged(@TempDir Path dir) {
		List<Report> reports = new ReportFolders(List.of(SharedData.CORPUS)).loadAll()
			.stream()
			.filter(report -> report.passages().size() >= 2)
			.limit(2)
			.toList();
		Report report = reports.get(0);
		Report changed = new Report(report.docId(), report.path(), report.fingerprint() + "-changed", report.title(),
				report.cleanedText(),
				report.passages()
					.stream()
					.map(p -> new Passage(p.id(), p.doc(), p.title(), p.section(), p.page(), p.start(), p.end(),
							p.text() + " Tillagt i den nya versionen.", p.collection()))
					.toList(),
				report.publisher());
		Thesaurus thesaurus = Thesaurus.load(SharedData.thesaurus());
		NounLemmas lemmas = NounLemmas.swedish();
		CompoundParts parts = CompoundParts.learn(reports.stream().map(Report::cleanedText).toList());
		try (PassageIndex index = new PassageIndex(dir, learned -> new SwedishAnalysis(learned, thesaurus, lemmas))) {
			index.update(parts, true, reports, List.of(), manifest(reports));
			index.update(parts, false, List.of(changed), List.of(), manifest(List.of(changed, reports.get(1))));
			IndexSnapshot snapshot = index.acquire();
			try {
				Optional<Passage> next = searcher.following(snapshot, changed.passages().get(0), null)
					.map(IndexedPassage::passage);

				assertThat(next).map(Passage::text).contains(changed.passages().get(1).text());
			}
			finally {
				index.release(snapshot);
			}
		}
	}

	private static Map<String, String> manifest(List<Report> reports) {
		return reports.stream().collect(Collectors.toMap(report -> report.path().toString(), Report::fingerprint));
	}

	@Test
	void findsNothingAfterAPassageWhoseIdHasNoOrdinal() {
		Passage passage = found("Vilka tre strömmar ingår i Kingdons modell?");
		Passage unnumbered = new Passage(passage.doc() + "#inledning", passage.doc(), passage.title(),
				passage.section(), passage.page(), passage.start(), passage.end(), passage.text(),
				passage.collection());

		assertThat(searcher.following(corpus.snapshot(), unnumbered, null)).isEmpty();
	}

}
