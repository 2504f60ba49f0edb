package se.fyren.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.index.IndexChange;

/**
 * Questions over the real corpus, indexed once: misspellings, compounds, English, and
 * what is not there.
 */
class KnowledgeBaseSearchTest {

	@TempDir
	static Path data;

	static KnowledgeBase knowledge;

	static IndexChange indexed;

	@BeforeAll
	static void index() {
		knowledge = new KnowledgeBase(SharedData.settings(data));
		indexed = knowledge.refresh();
	}

	@AfterAll
	static void close() {
		knowledge.close();
	}

	@Test
	void indexesTheWholeCorpus() {
		assertThat(indexed.added()).hasSize(5);
		assertThat(indexed.skipped()).isEmpty();
		assertThat(indexed.rebuilt()).isTrue();
	}

	@Test
	void findsTheReportDespiteAMisspelledWord() {
		Answer answer = knowledge.ask("Vad menas med sociala inovationer?");

		assertThat(answer.found()).isTrue();
		assertThat(topDoc(answer)).isEqualTo("samling-social-hallbarhet-dalarna-slutrapport-2019");
		assertThat(topTexts(answer, 3)).anyMatch(text -> text.contains("sociala innovationer"));
	}

	@Test
	void findsTheReportDespiteALetterLeftOut() {
		Answer answer = knowledge.ask("Vilka inriktnigsmål har Uppsala kommun?");

		assertThat(answer.found()).isTrue();
		assertThat(topDoc(answer)).isEqualTo("jamlik-halsa-sektorsovergripande-kursmanual");
		assertThat(topTexts(answer, 3)).anyMatch(text -> text.toLowerCase().contains("inriktningsmål"));
	}

	@Test
	void findsACompoundFromItsPartsWrittenApart() {
		// The corpus has no "barnfattigdom"; "barnhälsovård" and "folkhälsostrateg" are
		// compounds it does have.
		Answer health = knowledge.ask("Hur arbetar man med hälsovård för barn?");
		Answer strategist = knowledge.ask("Vad gör en strateg för folkhälsa?");

		assertThat(topTexts(health, 3)).anyMatch(text -> text.toLowerCase().contains("barnhälsovård"));
		assertThat(topTexts(strategist, 3)).anyMatch(text -> text.contains("folkhälsostrateg"));
	}

	@Test
	void answersAnEnglishQuestionFromTheSwedishReports() {
		Answer answer = knowledge.ask("How many people from each municipality can join the learning project?");

		assertThat(answer.found()).isTrue();
		assertThat(topTexts(answer, 5)).anyMatch(text -> text.contains("personer per kommun"));
	}

	@Test
	void answersAnEnglishQuestionWrittenInInflectedWords() {
		// "collaborating", "require" and "competences" reach "samverka", "kräver" and
		// "kompetens" through glossary rows for "collaborate", "require", "competence".
		Answer answer = knowledge.ask("What does collaborating require besides competences?");

		assertThat(answer.found()).isTrue();
		assertThat(answer.text()).contains("kräver både tillit");
	}

	@Test
	void citesReportSectionAndTitle() {
		Answer answer = knowledge.ask("Hur ofta träffas Orsas konsultationsteam för barn och unga?");

		assertThat(answer.found()).isTrue();
		assertThat(answer.text()).isNotBlank();
		Citation citation = answer.citations().get(0);
		assertThat(citation.doc()).isEqualTo("samling-social-hallbarhet-dalarna-slutrapport-2019");
		assertThat(citation.title()).isEqualTo("Samling för social hållbarhet i Dalarna – slutrapport (2019)");
		assertThat(answer.citations()).anySatisfy(c -> assertThat(c.passageText()).contains("Konsultationsteamet"));
	}

	@Test
	void returnsPassagesBestFirst() {
		Answer answer = knowledge.ask("Vad står Dimpa för i Dalarnas ungdomspolitiska arbete?");

		assertThat(answer.passages()).hasSizeGreaterThanOrEqualTo(KnowledgeBase.PASSAGES);
		assertThat(answer.passages()).extracting(ScoredPassage::score)
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void abstainsOnAQuestionTheReportsDoNotCover() {
		Answer answer = knowledge.ask("Vad kostar dubbdäck till bilen i Falun i vinter?");

		assertThat(answer.found()).isFalse();
		assertThat(answer.text()).isEmpty();
	}

	private static String topDoc(Answer answer) {
		return answer.passages().get(0).passage().doc();
	}

	private static List<String> topTexts(Answer answer, int n) {
		return answer.passages().stream().limit(n).map(p -> p.passage().text()).toList();
	}

}
