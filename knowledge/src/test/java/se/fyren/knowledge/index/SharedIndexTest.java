package se.fyren.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.SharedData;

/**
 * The command line beside a running server: the server's writer holds the index's write
 * lock, and the command line reads the server's commits without it.
 */
class SharedIndexTest {

	static final String LEKSAND = "leksand-politisk-samverkansberedning-2014-09-16";

	static final String INVITATION = "inbjudan-larprojekt-jamlika-livsvillkor";

	static final String VAB = "Hur mycket minskade VAB-dagarna i Leksands förskolor?";

	@TempDir
	Path folder;

	@TempDir
	Path data;

	private KnowledgeSettings settings() {
		return new KnowledgeSettings(List.of(folder), data, List.of());
	}

	@Test
	void readsTheCommitsOfAnIndexAnotherWriterHolds() throws Exception {
		Files.copy(SharedData.CORPUS.resolve(INVITATION + ".md"), folder.resolve(INVITATION + ".md"));
		try (KnowledgeBase server = new KnowledgeBase(settings())) {
			server.refresh();
			assertThatThrownBy(() -> new KnowledgeBase(settings())).isInstanceOf(IndexInUseException.class);

			try (KnowledgeBase reader = KnowledgeBase.openShared(settings())) {
				assertThat(reader.writable()).isFalse();
				assertThat(reader.ask(VAB).found()).isFalse();
				assertThatThrownBy(reader::refresh).isInstanceOf(IllegalStateException.class);

				Files.copy(SharedData.CORPUS.resolve(LEKSAND + ".md"), folder.resolve(LEKSAND + ".md"));
				server.refresh();

				assertThat(reader.ask(VAB).found()).isTrue();
			}
			// The reader took no lock: the server still writes.
			assertThat(server.refresh().changed()).isFalse();
		}
	}

	@Test
	void writesTheIndexWhenNoOtherProcessDoes() {
		try (KnowledgeBase alone = KnowledgeBase.openShared(settings())) {
			assertThat(alone.writable()).isTrue();
			assertThat(alone.refresh().rebuilt()).isTrue();
		}
	}

}
