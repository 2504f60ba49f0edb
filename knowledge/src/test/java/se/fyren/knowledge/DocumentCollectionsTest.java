package se.fyren.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.ingest.Report;

/**
 * Documents added one at a time to the live index belong to a collection, answer only
 * where their collection is searched, survive a refresh of the report folders and a
 * restart, and are gone once removed.
 */
class DocumentCollectionsTest {

	static final String BUDGET = """
			Mål och budget 2026 för Borlänge kommun

			Kommunfullmäktige i Borlänge beslutar att fritidskortet för alla barn i årskurs fyra till nio
			ska finansieras med fyra miljoner kronor per år. Målet är att andelen barn som deltar i
			organiserad fritidsverksamhet ska öka till åttio procent i varje stadsdel.
			""";

	static final String QUESTION = "Hur mycket pengar får fritidskortet i Borlänge?";

	@Test
	void anAddedDocumentAnswersOnlyFromItsCollectionAndKeepsThroughRefreshAndRestart(@TempDir Path data)
			throws Exception {
		KnowledgeSettings settings = new KnowledgeSettings(List.of(SharedData.CORPUS), data, SharedData.thesaurus());
		try (KnowledgeBase knowledge = new KnowledgeBase(settings)) {
			knowledge.refresh();
			Report budget = knowledge.read("d-budget", "mål och budget.txt", BUDGET.getBytes(StandardCharsets.UTF_8),
					"Mål och budget 2026", "borlange");
			knowledge.add(budget);

			Answer there = knowledge.ask(QUESTION, Set.of(CollectionNames.REPORTS, "borlange"));
			assertThat(there.passages().get(0).passage().doc()).isEqualTo("d-budget");
			assertThat(there.citations()).isNotEmpty();
			assertThat(there.citations().get(0).collection()).isEqualTo("borlange");
			assertThat(there.citations().get(0).title()).isEqualTo("Mål och budget 2026");
			assertThat(docs(knowledge.ask(QUESTION))).as("the shared reports alone").doesNotContain("d-budget");
			assertThat(docs(knowledge.ask(QUESTION, Set.of(CollectionNames.REPORTS, "falun"))))
				.doesNotContain("d-budget");
			assertThat(knowledge.ask(QUESTION).citations())
				.allSatisfy(citation -> assertThat(citation.collection()).isEqualTo(CollectionNames.REPORTS));

			// A refresh of the folders neither drops nor re-reads it.
			assertThat(knowledge.refresh().changed()).isFalse();
			assertThat(knowledge.storedDocuments()).containsOnlyKeys("d-budget");
		}
		try (KnowledgeBase knowledge = new KnowledgeBase(settings)) {
			assertThat(knowledge.refresh().changed()).isFalse();
			assertThat(docs(knowledge.ask(QUESTION, Set.of("borlange")))).contains("d-budget");

			assertThat(knowledge.remove("d-budget")).isTrue();
			assertThat(knowledge.remove("d-budget")).isFalse();
			assertThat(docs(knowledge.ask(QUESTION, Set.of(CollectionNames.REPORTS, "borlange"))))
				.doesNotContain("d-budget");
			assertThat(knowledge.storedDocuments()).isEmpty();
			assertThat(knowledge.figures().documents()).isEqualTo(5);
		}
	}

	@Test
	void aPrivateDocumentsTitleNamesNoSharedReport(@TempDir Path data) throws Exception {
		// "Lärprojektet" names the DalaLab report (search.ReportNames): a team's own
		// "lärprojekt" must not change what the shared reports' readers find.
		String question = "vilket stöd för prioritering och budget efterfrågade kommunerna i lärprojektet?";
		KnowledgeSettings settings = new KnowledgeSettings(List.of(SharedData.CORPUS), data, SharedData.thesaurus());
		try (KnowledgeBase knowledge = new KnowledgeBase(settings)) {
			knowledge.refresh();
			List<String> before = ids(knowledge.ask(question));
			knowledge.add(knowledge.read("d-larprojekt", "lärprojekt.txt", """
					Lärprojektet i Borlänge

					Lärprojektet samlar skola och socialtjänst. I lärprojektet prövas nya arbetssätt.
					Lärprojektet följs upp varje termin, och lärprojektet redovisas för nämnden.
					""".getBytes(StandardCharsets.UTF_8), "Lärprojektet i Borlänge", "borlange"));

			assertThat(ids(knowledge.ask(question))).isEqualTo(before);
		}
	}

	private static List<String> ids(Answer answer) {
		return answer.passages().stream().map(passage -> passage.passage().id()).toList();
	}

	@Test
	void aWordOnlyAPrivateDocumentUsesIsNeitherKnownNorACorrectionElsewhere(@TempDir Path data) throws Exception {
		KnowledgeSettings settings = new KnowledgeSettings(List.of(SharedData.CORPUS), data, SharedData.thesaurus());
		try (KnowledgeBase knowledge = new KnowledgeBase(settings)) {
			knowledge.refresh();
			knowledge.add(knowledge.read("d-draft", "utkast.txt", """
					Utkast från förvaltningen

					Projektet zorblix ska pröva nya arbetssätt med föreningarna. Zorblix finansieras av
					nämndens utvecklingsmedel under två år och ska förbättra barns hälsa.
					""".getBytes(StandardCharsets.UTF_8), "Utkast", "privat:abc123"));

			// Asked where only the shared reports answer: the draft's name is as unknown
			// as if the draft did not exist, and a typo of it is not corrected into it.
			Answer word = knowledge.ask("Hur påverkar Zorblix barns hälsa i Dalarna?");
			assertThat(word.found()).isFalse();
			assertThat(word.abstain().reason()).isEqualTo("name_not_in_reports");
			assertThat(word.abstain().unknownWords()).containsExactly("zorblix");
			assertThat(knowledge.ask("Hur påverkar Zorblex barns hälsa i Dalarna?").abstain().unknownWords())
				.containsExactly("zorblex");
			// Where the draft answers, its word is known.
			assertThat(knowledge
				.ask("Hur påverkar Zorblix barns hälsa i Dalarna?", Set.of(CollectionNames.REPORTS, "privat:abc123"))
				.passages()).anySatisfy(scored -> assertThat(scored.passage().doc()).isEqualTo("d-draft"));
		}
	}

	@Test
	void refusesADocumentBeforeTheFirstIndexIsBuilt(@TempDir Path data) throws Exception {
		KnowledgeSettings settings = new KnowledgeSettings(List.of(SharedData.CORPUS), data, SharedData.thesaurus());
		try (KnowledgeBase knowledge = new KnowledgeBase(settings)) {
			Report budget = knowledge.read("d-budget", "budget.md", BUDGET.getBytes(StandardCharsets.UTF_8), "Budget",
					"borlange");
			assertThatThrownBy(() -> knowledge.add(budget)).isInstanceOf(IllegalStateException.class);
			knowledge.refresh();
			knowledge.add(budget);
			assertThat(docs(knowledge.ask(QUESTION, Set.of("borlange")))).containsOnly("d-budget");
		}
	}

	private static List<String> docs(Answer answer) {
		return answer.passages().stream().map(scored -> scored.passage().doc()).toList();
	}

}
