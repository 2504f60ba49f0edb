package se.fyren.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.ingest.Report;
import se.fyren.knowledge.ingest.ReportFolders;

/**
 * Reports read in a refresh wait in a file, not the heap, until they are indexed: read
 * back they are the reports that were read (their passages, pages and collection), and
 * the file is gone once the refresh is done.
 */
class SpilledReportsTest {

	@Test
	void givesBackTheReportsAsTheyWereReadAndLeavesNoFile(@TempDir Path data) {
		List<Report> read = new ReportFolders(List.of(SharedData.CORPUS, SharedData.FORMATS)).loadAll();
		List<Report> back = new ArrayList<>();
		try (SpilledReports spilled = new SpilledReports(data)) {
			read.forEach(spilled::add);
			spilled.forEach(back::add);
			// A second pass reads the same again.
			assertThat(spilled).hasSameSizeAs(read);
		}

		assertThat(back).hasSameSizeAs(read);
		for (int i = 0; i < read.size(); i++) {
			Report original = read.get(i);
			Report spilled = back.get(i);
			assertThat(spilled.passages()).as(original.docId()).isEqualTo(original.passages());
			assertThat(spilled).usingRecursiveComparison()
				.ignoringFields("cleanedText", "passages")
				.isEqualTo(original);
		}
		assertThat(read.stream().flatMap(r -> r.passages().stream()).anyMatch(p -> p.page() != null)).isTrue();
		assertThat(read).anySatisfy(report -> assertThat(report.publisher()).isEqualTo("Region Dalarna (DalaLab)"));
		assertThat(Files.exists(data.resolve("refresh.spill"))).isFalse();
	}

}
