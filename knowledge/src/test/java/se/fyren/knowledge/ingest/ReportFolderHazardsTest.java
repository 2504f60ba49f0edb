package se.fyren.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.index.IndexChange;

/**
 * What turns up in a reports folder besides reports: links out of it, binary data named
 * .txt, two files with one name, files that fail again at every start, and a parse that
 * never ends. Each is skipped with a line naming it, and the real reports still answer.
 */
class ReportFolderHazardsTest {

	static final String LEKSAND = "leksand-politisk-samverkansberedning-2014-09-16";

	static final String LEKSAND_QUESTION = "Hur mycket minskade VAB-dagarna i Leksands förskolor?";

	@TempDir
	Path folder;

	@TempDir
	Path outside;

	@TempDir
	Path data;

	@BeforeEach
	void copyAReport() throws Exception {
		Files.copy(SharedData.CORPUS.resolve(LEKSAND + ".md"), folder.resolve(LEKSAND + ".md"));
	}

	@Test
	void doesNotFollowALinkOutOfTheReportsFolder() throws Exception {
		Path secret = Files.writeString(outside.resolve("passwd"),
				"root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
		Files.createSymbolicLink(folder.resolve("passwd.txt"), secret);

		try (KnowledgeBase knowledge = knowledge()) {
			IndexChange change = knowledge.refresh();

			assertThat(change.skipped())
				.containsExactly("passwd.txt: a link to outside the reports folder; not followed");
			assertThat(change.added()).containsExactly(LEKSAND);
			assertThat(knowledge.ask("root daemon bin bash").passages())
				.noneMatch(p -> p.passage().text().contains("root:x"));
		}
	}

	@Test
	void refusesRandomBytesNamedTxtAndStillAnswers() throws Exception {
		byte[] noise = new byte[20_000];
		new Random(11).nextBytes(noise);
		Files.write(folder.resolve("noise.txt"), noise);

		try (KnowledgeBase knowledge = knowledge()) {
			IndexChange change = knowledge.refresh();

			assertThat(change.skipped()).singleElement().asString().startsWith("noise.txt: is not text");
			assertThat(change.added()).containsExactly(LEKSAND);
			assertThat(knowledge.ask(LEKSAND_QUESTION).found()).isTrue();
		}
	}

	@Test
	void refusesASecondReportWithTheSameName() throws Exception {
		Files.writeString(folder.resolve(LEKSAND + ".txt"), "En annan rapport med samma namn.\n\nOm något helt annat.",
				StandardCharsets.UTF_8);

		try (KnowledgeBase knowledge = knowledge()) {
			IndexChange change = knowledge.refresh();

			assertThat(change.added()).containsExactly(LEKSAND);
			assertThat(change.skipped()).singleElement()
				.asString()
				.startsWith(LEKSAND + ".txt: has the same name as ")
				.contains(LEKSAND + ".md", "rename one of them");
			assertThat(knowledge.ask(LEKSAND_QUESTION).citations().get(0).title()).doesNotContain("En annan rapport");
		}
	}

	@Test
	void remembersAFileThatFailedAndTriesItAgainOnlyWhenItChanges() throws Exception {
		Path noise = folder.resolve("noise.txt");
		byte[] bytes = new byte[5_000];
		new Random(7).nextBytes(bytes);
		Files.write(noise, bytes);
		try (KnowledgeBase knowledge = knowledge()) {
			assertThat(knowledge.refresh().skipped()).singleElement().asString().startsWith("noise.txt: is not text");
		}

		try (KnowledgeBase restarted = knowledge()) {
			List<String> skipped = restarted.refresh().skipped();

			assertThat(skipped).singleElement()
				.asString()
				.startsWith("noise.txt: failed before (is not text")
				.endsWith("not read again until it changes");
			assertThat(data.resolve(FailedReports.FILE_NAME)).exists();
		}

		Files.writeString(noise, "Nu är det en riktig text om folkhälsa i Dalarna.\n\nMed ett andra stycke.",
				StandardCharsets.UTF_8);
		try (KnowledgeBase changed = knowledge()) {
			IndexChange change = changed.refresh();

			assertThat(change.skipped()).isEmpty();
			assertThat(change.added()).contains("noise");
		}
	}

	@Test
	void givesUpAParseThatTakesLongerThanItsTimeLimit() {
		Path pdf = SharedData.FORMATS.resolve("jamlik-halsa-sektorsovergripande-kursmanual.pdf");

		assertThatThrownBy(() -> new DocumentReader(Duration.ofMillis(1), ReadLimits.DEFAULT).read(pdf))
			.isInstanceOf(UnreadableReportException.class)
			.hasMessage("jamlik-halsa-sektorsovergripande-kursmanual.pdf: parsing took longer than 1 ms; given up");
	}

	private KnowledgeBase knowledge() {
		return new KnowledgeBase(new KnowledgeSettings(List.of(folder), data, SharedData.thesaurus()));
	}

}
