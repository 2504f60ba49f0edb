package se.fyren.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.SharedData;

/**
 * An index written by an older Fyren, whose fields answering no longer reads the same way
 * (before passages kept their sentences, before they were kept in a doc value), is
 * rebuilt on start rather than misread.
 */
class IndexFormatTest {

	@TempDir
	Path folder;

	@TempDir
	Path data;

	// "8": before each passage stored its analysed sentences; "9": before passages were
	// read back from a doc value instead of stored fields.
	@ParameterizedTest
	@ValueSource(strings = { "8", "9" })
	void anIndexOfAnOlderFormatIsRebuilt(String older) throws Exception {
		for (String file : List.of(IndexLifecycleTest.LEKSAND + ".md", "sources.yml")) {
			Files.copy(SharedData.CORPUS.resolve(file), folder.resolve(file));
		}
		try (KnowledgeBase knowledge = knowledge()) {
			knowledge.refresh();
		}
		markFormat(data.resolve("index"), older);

		try (KnowledgeBase reopened = knowledge()) {
			IndexChange change = reopened.refresh();

			assertThat(change.rebuilt()).isTrue();
			assertThat(change.updated()).containsExactly(IndexLifecycleTest.LEKSAND);
			assertThat(change.passages()).isPositive();
			assertThat(reopened.ask("Hur mycket minskade VAB-dagarna i Leksands förskolor?").found()).isTrue();
		}
		try (KnowledgeBase again = knowledge()) {
			assertThat(again.refresh().rebuilt()).as("the rebuilt index is of the current format").isFalse();
		}
	}

	/**
	 * Rewrites the last commit's data as a Fyren of another format would have left it.
	 */
	private static void markFormat(Path index, String format) throws Exception {
		try (Directory directory = FSDirectory.open(index);
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
			Map<String, String> commit = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
			commit.put("fyren.format", format);
			writer.setLiveCommitData(commit.entrySet());
			writer.commit();
		}
	}

	private KnowledgeBase knowledge() {
		return new KnowledgeBase(new KnowledgeSettings(List.of(folder), data, SharedData.thesaurus()));
	}

}
