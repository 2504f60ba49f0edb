package se.fyren.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.ingest.DocumentReader;

/**
 * The index follows a report folder: unchanged files are kept, changed ones replaced,
 * removed ones dropped.
 */
class IndexLifecycleTest {

	static final String INVITATION = "inbjudan-larprojekt-jamlika-livsvillkor";

	static final String LEKSAND = "leksand-politisk-samverkansberedning-2014-09-16";

	@TempDir
	Path folder;

	@TempDir
	Path data;

	@BeforeEach
	void copySmallReports() throws Exception {
		for (String file : List.of(INVITATION + ".md", LEKSAND + ".md", "sources.yml")) {
			Files.copy(SharedData.CORPUS.resolve(file), folder.resolve(file));
		}
	}

	@Test
	void leavesUnchangedFilesAloneOnASecondRefresh() {
		try (KnowledgeBase knowledge = knowledge()) {
			IndexChange first = knowledge.refresh();
			IndexChange second = knowledge.refresh();

			assertThat(first.added()).containsExactlyInAnyOrder(INVITATION, LEKSAND);
			assertThat(first.rebuilt()).isTrue();
			assertThat(second.added()).isEmpty();
			assertThat(second.updated()).isEmpty();
			assertThat(second.removed()).isEmpty();
			assertThat(second.changed()).isFalse();
			assertThat(second.unchanged()).isEqualTo(reportCount());
			assertThat(second.passages()).isZero();
		}
	}

	@Test
	void keepsTheIndexAcrossARestart() {
		try (KnowledgeBase knowledge = knowledge()) {
			knowledge.refresh();
		}
		try (KnowledgeBase reopened = knowledge()) {
			IndexChange change = reopened.refresh();

			assertThat(change.changed()).isFalse();
			assertThat(change.unchanged()).isEqualTo(2);
			assertThat(reopened.ask("Hur mycket minskade VAB-dagarna i Leksands förskolor?").found()).isTrue();
		}
	}

	@Test
	void replacesAChangedFile() throws Exception {
		try (KnowledgeBase knowledge = knowledge()) {
			knowledge.refresh();
			Path invitation = folder.resolve(INVITATION + ".md");
			Files.writeString(invitation,
					Files.readString(invitation).replace("upp till tre personer", "upp till fem personer"),
					StandardCharsets.UTF_8);

			IndexChange change = knowledge.refresh();

			assertThat(change.updated()).containsExactly(INVITATION);
			assertThat(change.added()).isEmpty();
			assertThat(change.unchanged()).isEqualTo(1);
			Answer answer = knowledge.ask("Hur många personer per kommun kan delta i lärprojektet?");
			assertThat(passageTexts(answer)).anyMatch(text -> text.contains("upp till fem personer"))
				.noneMatch(text -> text.contains("upp till tre personer"));
		}
	}

	@Test
	void dropsTheAnswersOfARemovedFile() throws Exception {
		try (KnowledgeBase knowledge = knowledge()) {
			knowledge.refresh();
			String question = "Hur mycket minskade VAB-dagarna när förskolorna i Leksand satsade på handtvätt?";
			assertThat(docs(knowledge.ask(question))).contains(LEKSAND);
			Files.delete(folder.resolve(LEKSAND + ".md"));

			IndexChange change = knowledge.refresh();

			assertThat(change.removed()).containsExactly(LEKSAND);
			assertThat(change.unchanged()).isEqualTo(1);
			assertThat(docs(knowledge.ask(question))).doesNotContain(LEKSAND);
		}
	}

	/**
	 * The shipped settings name the reports folder relative to the working directory
	 * ({@code ../shared/corpus}): a report removed from it was dropped from the list of
	 * what the index holds, but its passages stayed and were still quoted, after a
	 * restart too.
	 */
	@Test
	void dropsTheAnswersOfAFileRemovedFromAFolderNamedRelatively() throws Exception {
		Path relative = Path.of("").toAbsolutePath().relativize(folder);
		String question = "Hur mycket minskade VAB-dagarna när förskolorna i Leksand satsade på handtvätt?";
		try (KnowledgeBase knowledge = knowledge(relative)) {
			knowledge.refresh();
			assertThat(docs(knowledge.ask(question))).contains(LEKSAND);
			Files.delete(folder.resolve(LEKSAND + ".md"));

			IndexChange change = knowledge.refresh();

			assertThat(change.removed()).containsExactly(LEKSAND);
			assertThat(docs(knowledge.ask(question))).doesNotContain(LEKSAND);
			assertThat(knowledge.figures().documents()).isEqualTo(1);
		}
		try (KnowledgeBase reopened = knowledge(relative)) {
			reopened.refresh();

			assertThat(docs(reopened.ask(question))).doesNotContain(LEKSAND);
		}
	}

	@Test
	void keepsAnsweringWhileARefreshRuns() throws Exception {
		try (KnowledgeBase knowledge = knowledge()) {
			knowledge.refresh();
			for (Path report : List.of(
					SharedData.CORPUS.resolve("samling-social-hallbarhet-dalarna-slutrapport-2019.txt"),
					SharedData.CORPUS.resolve("jamlik-halsa-sektorsovergripande-kursmanual.txt"))) {
				Files.copy(report, folder.resolve(report.getFileName()));
			}
			String question = "Hur många personer per kommun kan delta i lärprojektet?";

			CompletableFuture<IndexChange> refresh = CompletableFuture.supplyAsync(knowledge::refresh);
			List<Answer> during = new ArrayList<>();
			for (int i = 0; i < 2000 && !refresh.isDone(); i++) {
				during.add(knowledge.ask(question));
			}
			IndexChange change = refresh.get(2, TimeUnit.MINUTES);

			assertThat(change.added()).hasSize(2);
			// Before the commit the searcher sees the old index whole, after it the new
			// one; never an empty one.
			assertThat(during).isNotEmpty()
				.allSatisfy(answer -> assertThat(passageTexts(answer))
					.anyMatch(text -> text.contains("upp till tre personer")));
			assertThat(passageTexts(knowledge.ask(question))).anyMatch(text -> text.contains("upp till tre personer"));
		}
	}

	private KnowledgeBase knowledge() {
		return knowledge(folder);
	}

	private KnowledgeBase knowledge(Path reports) {
		return new KnowledgeBase(new KnowledgeSettings(List.of(reports), data, SharedData.thesaurus()));
	}

	private long reportCount() {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(DocumentReader::isReport).count();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<String> docs(Answer answer) {
		return answer.passages().stream().map(p -> p.passage().doc()).distinct().toList();
	}

	private static List<String> passageTexts(Answer answer) {
		return answer.passages().stream().map(ScoredPassage::passage).map(p -> p.text()).toList();
	}

}
