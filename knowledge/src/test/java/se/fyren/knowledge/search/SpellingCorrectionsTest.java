package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.index.PassageIndex;

/**
 * A misspelt word is corrected once per index: asked again it gets the same correction a
 * fresh spell checker would give, and a new index's words are not hidden by what an older
 * one remembered.
 */
class SpellingCorrectionsTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	@Test
	void remembersTheSameCorrectionsAFreshSpellCheckerGives() throws IOException {
		IndexReader reader = corpus.snapshot().searcher().getIndexReader();
		SpellingCorrections corrections = new SpellingCorrections();

		for (String word : List.of("inovation", "folkhelsa", "barnfatigdom", "kingdon", "strömar", "qqqxz")) {
			Optional<String> fresh = fresh(reader, word);
			assertThat(corrections.correct(reader, word)).as(word).isEqualTo(fresh);
			assertThat(corrections.correct(reader, word)).as(word + " again").isEqualTo(fresh);
		}
		assertThat(corrections.correct(reader, "inovation")).contains("innovation");
	}

	@Test
	void correctsFromTheIndexItIsGiven(@TempDir Path small, @TempDir Path smallData) throws IOException {
		Files.writeString(small.resolve("kort.txt"), "En kort rapport om cykelvägar och parkering.\n");
		SpellingCorrections corrections = new SpellingCorrections();
		try (KnowledgeBase knowledge = new KnowledgeBase(
				new KnowledgeSettings(List.of(small), smallData, SharedData.thesaurus()))) {
			knowledge.refresh();
			try (Directory directory = FSDirectory.open(smallData.resolve("index"));
					IndexReader other = DirectoryReader.open(directory)) {
				assertThat(corrections.correct(other, "inovation")).isEmpty();
			}
		}

		assertThat(corrections.correct(corpus.snapshot().searcher().getIndexReader(), "inovation"))
			.contains("innovation");
	}

	private static Optional<String> fresh(IndexReader reader, String word) throws IOException {
		DirectSpellChecker speller = new DirectSpellChecker();
		speller.setMaxEdits(word.length() >= 8 ? 2 : 1);
		SuggestWord[] suggestions = speller.suggestSimilar(new Term(PassageIndex.TEXT, word), 1, reader,
				SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
	}

}
