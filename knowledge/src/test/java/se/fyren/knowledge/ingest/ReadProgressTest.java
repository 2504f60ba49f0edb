package se.fyren.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import se.fyren.knowledge.SharedData;

/**
 * A long PDF tells how far its reading has come, page by page with the page count (what
 * the chats show as "sida 40 av 96"); a format without pages tells nothing.
 */
class ReadProgressTest {

	private static final Path FINAL_REPORT_PDF = SharedData.FORMATS
		.resolve("samling-social-hallbarhet-dalarna-slutrapport-2019.pdf");

	@Test
	void aLongPdfTellsEveryPageReadWithThePageCount() throws IOException, UnreadableReportException {
		List<int[]> told = new CopyOnWriteArrayList<>();
		Report report = new ReportLoader().load("d-progress", FINAL_REPORT_PDF.getFileName().toString(),
				Files.readAllBytes(FINAL_REPORT_PDF), "Slutrapport", "borlange",
				(read, total) -> told.add(new int[] { read, total }));

		assertThat(report.pages()).isEqualTo(96);
		assertThat(told).hasSize(96);
		for (int page = 1; page <= 96; page++) {
			assertThat(told.get(page - 1)).containsExactly(page, 96);
		}
	}

	@Test
	void aTextFileHasNoPagesToTell() throws IOException, UnreadableReportException {
		List<int[]> told = new CopyOnWriteArrayList<>();
		Path text = SharedData.CORPUS.resolve("inbjudan-larprojekt-jamlika-livsvillkor.md");
		new ReportLoader().load("d-text", text.getFileName().toString(), Files.readAllBytes(text), "Inbjudan",
				"borlange", (read, total) -> told.add(new int[] { read, total }));

		assertThat(told).isEmpty();
	}

}
