package se.fyren.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.SharedData;

/**
 * A table in a Word document reaches the text as the tables of extracted reports do: a
 * line a row, its cells separated by tabs, so that a row can be answered with its column
 * headings.
 */
class WordTableTest {

	@Test
	void aWordTableArrivesAsALineARowWithTabsBetweenCells() throws Exception {
		String text = new DocumentReader().read(Path.of("statistik.docx"), wordWithTable()).pages().get(0).text();

		assertThat(text).contains("Månad\tAntal besök\tAntal nya", "Januari\t89\t12", "Februari\t100\t7");
	}

	@Test
	void aRowOfAWordTableAnswersWithItsColumnHeadings(@TempDir Path reports, @TempDir Path data) throws Exception {
		Files.write(reports.resolve("statistik.docx"), wordWithTable());
		try (KnowledgeBase knowledge = new KnowledgeBase(
				new KnowledgeSettings(List.of(reports), data, SharedData.thesaurus()))) {
			knowledge.refresh();

			Answer answer = knowledge.ask("hur många besök hade familjecentralen i februari?");

			assertThat(answer.found()).isTrue();
			assertThat(answer.text()).startsWith("Februari: 100 / 7 (Antal besök / Antal nya).");
		}
	}

	private static byte[] wordWithTable() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Besök på familjecentralen under våren.");
			XWPFTable table = document.createTable(3, 3);
			String[][] cells = { { "Månad", "Antal besök", "Antal nya" }, { "Januari", "89", "12" },
					{ "Februari", "100", "7" } };
			for (int r = 0; r < cells.length; r++) {
				XWPFTableRow row = table.getRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					row.getCell(c).setText(cells[r][c]);
				}
			}
			document.createParagraph().createRun().setText("Siffrorna kommer från verksamhetens egen statistik.");
			document.write(bytes);
			return bytes.toByteArray();
		}
	}

}
