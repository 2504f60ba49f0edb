package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Passage;
import se.fyren.knowledge.index.IndexedPassage;
import se.fyren.knowledge.index.PassageIndex;

/**
 * A question that names a chapter or a module is answered from that part of the report:
 * the course manual's five modules each say what their participants will be able to do,
 * in the same words, and the slutrapport's chapters open on a title page ("Kapitel 5")
 * that its text, not its headings, holds.
 */
class NamedPartSearchTest {

	private static final String COURSE_MANUAL = "jamlik-halsa-sektorsovergripande-kursmanual";

	private static final String FINAL_REPORT = "samling-social-hallbarhet-dalarna-slutrapport-2019";

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	@Test
	void aModuleAskedByNumberIsAnsweredByThatModulesGoals() {
		Answer answer = corpus.knowledge().ask("modul 2 – vad ska man kunna efteråt?");

		// Module 2's goals, not a sentence of module 3 that refers to "(modul 2)".
		assertThat(answer.text()).startsWith("När den här modulen är färdig ska deltagarna").contains("öppna fönster");
		Passage first = answer.passages().get(0).passage();
		assertThat(first.doc()).isEqualTo(COURSE_MANUAL);
		assertThat(first.section()).startsWith("2 SÄTTA FRÅGAN PÅ DAGORDNINGEN");
	}

	@Test
	void aSectionNamedByItsWordAndNumberIsAPartToo() {
		// "Åtgärdsområde 17" heads a section of the slutrapport; its passages seldom
		// repeat the name, and the section's own words ("gå", "cykla") are everywhere.
		Answer answer = corpus.knowledge().ask("åtgärdsområde 17 om att gå o cykla – vilka punkter föreslås konkret?");

		assertThat(answer.passages().get(0).inPartNamed()).isTrue();
		assertThat(answer.passages().get(0).passage().sections())
			.anyMatch(start -> start.path().contains("Åtgärdsområde 17"));
		// A word and a number that name no section ("år 2014", "3 läkare") scope nothing.
		assertThat(corpus.knowledge().ask("hur många läkare hade leksands vårdcentral klara 2014?").passages())
			.noneMatch(scored -> scored.inPartNamed());
	}

	@Test
	void thePartsWordsAreHeldByItsPassagesForTheAbstainJudgement() {
		// The passages of chapter 9 seldom say "kapitel 9": judged by their words alone,
		// they covered too little of the question (low_coverage).
		Answer answer = corpus.knowledge().ask("vad vinner olika sektorer på att gå ihop i partnerskap, enligt kap 9?");

		assertThat(answer.abstain()).isNull();
		assertThat(answer.text()).contains("partnerskap");
		assertThat(answer.passages().get(0).inPartNamed()).isTrue();
		assertThat(answer.passages().get(0).passage().doc()).isEqualTo(FINAL_REPORT);
	}

	@Test
	void aChapterIsTheTextFromItsTitlePageToTheNext() throws IOException {
		List<String> chapterFive = passagesOf(FINAL_REPORT, "5");
		List<String> chapterSix = passagesOf(FINAL_REPORT, "6");

		// "Kapitel 5" stands in the text after a contact block, not as a heading.
		assertThat(chapterFive).anyMatch(text -> text.contains("Vikten av ett ökat utvecklingsfokus"));
		assertThat(chapterFive).noneMatch(text -> text.startsWith("Om Samlingen"));
		assertThat(chapterSix).anyMatch(text -> text.contains("Om Samlingen"));
	}

	@Test
	void aCourseModuleIsAPartByTheNumberOfItsHeading() throws IOException {
		assertThat(passagesOf(COURSE_MANUAL, "4")).isNotEmpty()
			.anyMatch(text -> text.contains("Syftet med den här modulen är att stödja utvecklingen av färdigheter"));
	}

	private static List<String> passagesOf(String doc, String part) throws IOException {
		IndexSearcher searcher = corpus.snapshot().searcher();
		BooleanQuery query = new BooleanQuery.Builder()
			.add(new TermQuery(new Term(PassageIndex.DOC, doc)), BooleanClause.Occur.FILTER)
			.add(new TermQuery(new Term(PassageIndex.PART, PassageIndex.partTerm(doc, part))),
					BooleanClause.Occur.FILTER)
			.build();
		IndexedPassage.Reading reading = new IndexedPassage.Reading(searcher.getIndexReader());
		return Arrays.stream(searcher.search(query, 10_000).scoreDocs)
			.map(hit -> reading.read(hit.doc).passage().text())
			.toList();
	}

}
