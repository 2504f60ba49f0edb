package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.CollectionNames;
import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.index.PassageIndex;

/**
 * People name a report by its project ("lärprojektet", "landstingets förslag",
 * "dalalab"): such a word says which report to read, and the passages that repeat it most
 * are seldom the answer.
 */
class ReportNamesTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);

	final ReportNames names = new ReportNames();

	@Test
	void aTitleWordTheReportsSpeakOfMostlyInItsReportNamesIt() {
		assertThat(named("lärprojektet")).isTrue();
		assertThat(named("leksand")).isTrue();
		// The Leksand minutes are "kommun–landsting"; their appendix is the county
		// council's proposal.
		assertThat(named("landstinget")).isTrue();
		// By its publisher, "Region Dalarna (DalaLab)": the citation shows the title
		// alone.
		assertThat(reportsNamed("dalalab")).containsExactly("dalalab-larprojekt-jamlika-livsvillkor-2024");
	}

	@Test
	void aNameNamesEveryReportThatSpeaksOfItAsDenselyAsTheOneItTitles() {
		// "Lärprojektet" stands in the DalaLab report's title; the invitation to the
		// project says it in two of its four passages, the Samling's report in none.
		assertThat(reportsNamed("lärprojektet")).containsExactlyInAnyOrder(
				"dalalab-larprojekt-jamlika-livsvillkor-2024", "inbjudan-larprojekt-jamlika-livsvillkor");
	}

	@Test
	void aTitleWordSpokenOfEverywhereNamesNoReport() {
		// The Samling's title; the minutes' appendix and the DalaLab report speak of it
		// as often as its size would have it.
		assertThat(named("samlingen")).isFalse();
		assertThat(named("hälsa")).isFalse();
		// A part of the title's "lärprojektet": the Samling's report speaks of its
		// projects.
		assertThat(named("projekt")).isFalse();
		// A date in a title tells when, not which report.
		assertThat(named("2014")).isFalse();
		assertThat(named("september")).isFalse();
		// In several titles: the DalaLab report's and the invitation's topic.
		assertThat(named("fattigdom")).isFalse();
		assertThat(named("dalarna")).isFalse();
		// In no title.
		assertThat(named("förskolan")).isFalse();
	}

	@Test
	void theReportNamedIsReadForTheTopicAsked() {
		// The Samling's own report spoke of its working forms first; the county council's
		// proposal lies in the minutes' appendix.
		List<ScoredPassage> found = search("vad föreslog landstinget om samlingens arbetsformer?");

		assertThat(found.get(0).passage().doc()).isEqualTo("leksand-politisk-samverkansberedning-2014-09-16");
		assertThat(found.get(0).passage().text()).contains("Samlingens organisering och arbetsformer");
	}

	@Test
	void theNameWeighsLessThanTheTopic() {
		// The DalaLab report's introduction and conclusion repeat "lärprojektet"; the
		// participants' needs on priorities and budget lie in section 3.3.
		List<ScoredPassage> found = search(
				"vilket stöd för prioritering och budget efterfrågade kommunerna i lärprojektet?");

		assertThat(found).anySatisfy(passage -> assertThat(passage.passage().section())
			.contains("3.3 Inspel från dialoger kring konsekvensanalys, prioritering och beslut om budget"));
	}

	@Test
	void readsReportsOverSegmentsAndPassesOverDeletedAndPrivatePassages() throws IOException {
		try (Directory dir = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (int i = 0; i < 20; i++) {
				writer.addDocument(passage("beta", CollectionNames.REPORTS, "Annat", i == 0 ? "zeta" : "text"));
			}
			// A report whose passages are all gone, and a team's own document: neither's
			// title makes "zeta" a word of two titles.
			writer.addDocument(passage("gone", CollectionNames.REPORTS, "Zeta", "zeta"));
			writer.addDocument(passage("own", "borlange", "Zeta", "zeta"));
			writer.commit();
			for (int i = 0; i < 4; i++) {
				writer.addDocument(passage("alfa", CollectionNames.REPORTS, "Zeta", i < 3 ? "zeta" : "text"));
			}
			writer.deleteDocuments(new Term(PassageIndex.DOC, "gone"));
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(dir)) {
				assertThat(reader.leaves()).hasSize(2);

				// "annat" stands in a title alone; "text" in no title.
				assertThat(names.named(reader, List.of("zeta", "annat", "text")))
					.isEqualTo(Map.of("zeta", List.of("alfa"), "annat", List.of("beta")));
			}
		}
	}

	private static Document passage(String doc, String collection, String name, String text) {
		Document passage = new Document();
		passage.add(new StringField(PassageIndex.DOC, doc, Field.Store.NO));
		passage.add(new StringField(PassageIndex.COLLECTION, collection, Field.Store.NO));
		passage.add(new TextField(PassageIndex.NAME, name, Field.Store.NO));
		passage.add(new TextField(PassageIndex.TEXT, text, Field.Store.NO));
		return passage;
	}

	private boolean named(String word) {
		return !reportsNamed(word).isEmpty();
	}

	private List<String> reportsNamed(String word) {
		AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), word);
		assertThat(question.concepts()).hasSize(1);
		String term = question.concepts().get(0).word();
		return names.named(corpus.snapshot().searcher().getIndexReader(), List.of(term)).getOrDefault(term, List.of());
	}

	private List<ScoredPassage> search(String question) {
		return searcher.search(corpus.snapshot(), searcher.analyze(corpus.snapshot(), question), 5);
	}

}
