package se.fyren.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.SharedData;

/**
 * The index is derived from the reports: a damaged one is rebuilt from them on open, and
 * Fyren answers as before.
 */
class DamagedIndexTest {

	private static final String QUESTION = "Vilka tre strömmar ingår i Kingdons modell?";

	@TempDir
	Path data;

	@Test
	void rebuildsADamagedIndexFromTheReports() throws Exception {
		try (KnowledgeBase knowledge = new KnowledgeBase(SharedData.settings(data))) {
			knowledge.refresh();
		}
		damageTheLargestSegmentFile();

		try (KnowledgeBase reopened = new KnowledgeBase(SharedData.settings(data))) {
			IndexChange change = reopened.refresh();

			assertThat(change.rebuilt()).isTrue();
			assertThat(change.added()).isNotEmpty();
			assertThat(reopened.ask(QUESTION).found()).isTrue();
		}
	}

	/**
	 * Overwrites bytes in the middle of the biggest file: its checksum no longer holds.
	 */
	private void damageTheLargestSegmentFile() throws Exception {
		Path largest;
		try (Stream<Path> files = Files.list(data.resolve("index"))) {
			largest = files.max(Comparator.comparingLong(DamagedIndexTest::size)).orElseThrow();
		}
		try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
			file.seek(file.length() / 2);
			file.write(new byte[] { 0x13, 0x37, 0x13, 0x37, 0x13, 0x37, 0x13, 0x37 });
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
