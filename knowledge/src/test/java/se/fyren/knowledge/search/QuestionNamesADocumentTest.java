package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.ScoredPassage;

/**
 * The words by which a question names the document it asks about ("i slutrapporten", "the
 * course manual") say where to look: they weigh little in the text, where they would find
 * the passages that speak of the report itself; the reports' titles say which they name.
 */
class QuestionNamesADocumentTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);

	@Test
	void theWordsThatNameADocumentWeighLittle() {
		assertThat(lowered("vad står det i minnesanteckningarna om handhygien")).containsExactly("minnesanteckning");
		// As the stemmer leaves the bare word, and as the glossary gives the English.
		assertThat(lowered("vad säger samlingens slutrapport om förskolan")).singleElement()
			.satisfies(word -> assertThat(word).startsWith("slutrapp"));
		assertThat(lowered("in the final report, why is preschool counted as public health work")).hasSize(1);
		assertThat(lowered("what does the course manual say about partnership")).containsExactly("manual");
		assertThat(lowered("vad säger rapporten om förskolans roll")).singleElement()
			.satisfies(word -> assertThat(word).startsWith("rapp"));
		// A new compound is stemmed, not lemmatised ("leksandsanteckningarn").
		assertThat(lowered("vad sa de om handhygien enl leksandsanteckningarna")).singleElement()
			.satisfies(word -> assertThat(word).startsWith("leksandsanteckning"));
	}

	@Test
	void aQuestionAboutTheDocumentItselfKeepsItsName() {
		for (String asked : List.of("slutrapporten?", "vem har skrivit kursmanualen?", "sammanfatta slutrapporten")) {
			AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), asked);

			assertThat(question.content()).isSameAs(question);
		}
	}

	@Test
	void findsWhatTheDocumentSaysNotWhereItSpeaksOfItself() {
		// Only the minutes' title says "minnesanteckningar".
		List<ScoredPassage> found = searcher.search(corpus.snapshot(),
				searcher.analyze(corpus.snapshot(), "vad står det i minnesanteckningarna om handhygien"), 3);

		assertThat(found.get(0).passage().text()).contains("Handhygien gällande barn och unga har slagit väl ut");
	}

	@Test
	void theInvitationIsNamedByItsKind() {
		assertThat(lowered("hur många personer per kommun kan delta enligt inbjudan?")).containsExactly("inbjuda");
		assertThat(searcher.analyze(corpus.snapshot(), "who is the invitation for?").reportNamingTerms())
			.containsExactly("inbjuda");
		// "Rapporten" names any report: its title holds no word of its own.
		assertThat(searcher.analyze(corpus.snapshot(), "vad säger rapporten om förskolans roll").reportNamingTerms())
			.isEmpty();
	}

	@Test
	void aShortReportNamedByItsKindLeads() {
		// The invitation's four passages did not reach the pool by "målgrupp" alone: the
		// minutes' appendix led ("Förslaget går ut för samråd med länets kommuner …").
		List<ScoredPassage> found = searcher.search(corpus.snapshot(),
				searcher.analyze(corpus.snapshot(), "vad är målgruppen enligt inbjudan?"), 3);

		assertThat(found.get(0).passage().doc()).isEqualTo("inbjudan-larprojekt-jamlika-livsvillkor");
		assertThat(corpus.knowledge().ask("vad är målgruppen enligt inbjudan?").text())
			.startsWith("Målgrupp är kommunala och regionala tjänstepersoner");
	}

	/** The question's words that content() weighs lower than as analysed. */
	private List<String> lowered(String question) {
		AnalyzedQuestion analysed = searcher.analyze(corpus.snapshot(), question);
		List<Concept> content = analysed.content().concepts();
		assertThat(content).hasSameSizeAs(analysed.concepts());
		List<String> lowered = new ArrayList<>();
		for (int i = 0; i < content.size(); i++) {
			if (content.get(i).idf() < analysed.concepts().get(i).idf()) {
				lowered.add(content.get(i).word());
			}
		}
		return lowered;
	}

}
