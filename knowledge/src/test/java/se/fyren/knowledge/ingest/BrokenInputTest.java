package se.fyren.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.index.IndexChange;

/**
 * Files an ingest must survive: skipped with a reason that names them, the rest still
 * indexed.
 */
class BrokenInputTest {

	private final DocumentReader reader = new DocumentReader();

	@Test
	void rejectsATruncatedPdfNamingTheFile() {
		assertThatThrownBy(() -> reader.read(SharedData.BROKEN.resolve("truncated.pdf")))
			.isInstanceOf(UnreadableReportException.class)
			.hasMessageStartingWith("truncated.pdf: ");
	}

	@Test
	void rejectsAnEmptyFileAsEmpty() {
		assertThatThrownBy(() -> reader.read(SharedData.BROKEN.resolve("empty.txt")))
			.isInstanceOf(UnreadableReportException.class)
			.hasMessage("empty.txt: the file is empty");
	}

	@Test
	void rejectsRandomBytesNamedDocxAsUnreadableNotAsWithoutText() {
		// Tika sees no Word document in the bytes: a damaged file, not a scanned one.
		assertThatThrownBy(() -> reader.read(SharedData.BROKEN.resolve("not-really.docx")))
			.isInstanceOfSatisfying(UnreadableReportException.class,
					ex -> assertThat(ex.kind()).isEqualTo(UnreadableReportException.Kind.UNREADABLE))
			.hasMessage("not-really.docx: is not a DOCX file: no document format is recognised in its bytes");
	}

	@Test
	void refusesBinaryDataWhoseNulBytesFallAsUnicodeTextsDo() {
		// Every second byte NUL, as in UTF-16 text: read as UTF-16, it is control
		// characters and stray symbols, not language.
		byte[] data = new byte[4000];
		new Random(5).nextBytes(data);
		for (int i = 1; i < data.length; i += 2) {
			data[i] = 0;
		}

		assertThatThrownBy(() -> reader.read(Path.of("matdata.txt"), data))
			.isInstanceOfSatisfying(UnreadableReportException.class,
					ex -> assertThat(ex.kind()).isEqualTo(UnreadableReportException.Kind.NOT_TEXT))
			.hasMessageStartingWith("matdata.txt: is not text");
	}

	@Test
	void skipsBrokenFilesAndIndexesTheRestOfTheFolder(@TempDir Path folder, @TempDir Path data) throws Exception {
		for (String broken : List.of("truncated.pdf", "empty.txt", "not-really.docx")) {
			Files.copy(SharedData.BROKEN.resolve(broken), folder.resolve(broken));
		}
		Files.copy(SharedData.CORPUS.resolve("inbjudan-larprojekt-jamlika-livsvillkor.md"),
				folder.resolve("inbjudan-larprojekt-jamlika-livsvillkor.md"));

		try (KnowledgeBase knowledge = new KnowledgeBase(
				new KnowledgeSettings(List.of(folder), data, SharedData.thesaurus()))) {
			IndexChange change = knowledge.refresh();

			assertThat(change.added()).containsExactly("inbjudan-larprojekt-jamlika-livsvillkor");
			assertThat(change.passages()).isPositive();
			assertThat(change.skipped()).hasSize(3)
				.anySatisfy(reason -> assertThat(reason).startsWith("truncated.pdf: cannot be parsed as PDF"))
				.anySatisfy(reason -> assertThat(reason).isEqualTo("empty.txt: the file is empty"))
				.anySatisfy(reason -> assertThat(reason).matches("not-really\\.docx: \\S.*"));

			// Over one report Fyren may still abstain (found=false); the passage must be
			// there and ranked first.
			Answer answer = knowledge.ask("Hur många personer per kommun kan delta i lärprojektet?");
			assertThat(answer.passages()).isNotEmpty();
			assertThat(answer.passages().get(0).passage().text()).contains("upp till tre personer per kommun");
		}
	}

}
