package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.chunk.AnalysedSentences;
import se.fyren.knowledge.chunk.Sentences;
import se.fyren.knowledge.eval.EvalQuestion;
import se.fyren.knowledge.eval.Evaluation;
import se.fyren.knowledge.index.IndexedPassage;

/**
 * The sentences each passage stores when it is indexed are the sentences answering used
 * to split and analyse per question: the same offsets, the same terms, and together the
 * terms of the whole passage.
 */
class StoredSentencesTest {

	// Every seventh passage, for each dev question: a spread over every report.
	private static final int PASSAGES_APART = 7;

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	@Test
	void everyPassageStoresTheSentencesAndTermsAnsweringReads() throws IOException {
		Analyzer analyzer = corpus.snapshot().analysis().indexAnalyzer();
		IndexReader reader = corpus.snapshot().searcher().getIndexReader();
		int sentences = 0;
		for (int doc = 0; doc < reader.maxDoc(); doc++) {
			IndexedPassage passage = IndexedPassage.read(reader, doc);
			String text = passage.passage().text();
			AnalysedSentences kept = passage.sentences().decode();

			assertThat(kept.spans()).as(text).isEqualTo(Sentences.split(text));
			for (int i = 0; i < kept.spans().size(); i++) {
				Sentences.Span span = kept.spans().get(i);
				String sentence = text.substring(span.start(), span.end()).strip();
				assertThat(kept.terms().get(i)).as(sentence).isEqualTo(Coverage.terms(analyzer, sentence));
			}
			Set<String> whole = Coverage.terms(analyzer, text);
			assertThat(kept.terms().stream().flatMap(Set::stream)).as(text).allMatch(whole::contains);
			assertThat(whole).as(text).allMatch(kept::holds);
			sentences += kept.spans().size();
		}
		assertThat(reader.maxDoc()).isGreaterThan(400);
		assertThat(sentences).isGreaterThan(4 * reader.maxDoc());
	}

	@Test
	void aPassagesSentencesReadAloneAreTheSentencesItsWholeReadingGives() {
		IndexReader reader = corpus.snapshot().searcher().getIndexReader();
		for (int doc = 0; doc < reader.maxDoc(); doc++) {
			assertThat(IndexedPassage.sentencesOf(reader, doc)).isEqualTo(IndexedPassage.read(reader, doc).sentences());
		}
	}

	@Test
	void theBestSentencesCoverageIsThatOfTheSentenceCoveringMostOfTheQuestion() {
		PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);
		IndexReader reader = corpus.snapshot().searcher().getIndexReader();
		int covered = 0;
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), asked.question());
			SentenceCoverage bySentence = new SentenceCoverage(question);
			for (int doc = 0; doc < reader.maxDoc(); doc += PASSAGES_APART) {
				AnalysedSentences sentences = IndexedPassage.read(reader, doc).sentences().decode();
				double expected = sentences.terms()
					.stream()
					.mapToDouble(terms -> Coverage.of(question, terms))
					.max()
					.orElse(0);

				assertThat(bySentence.best(IndexedPassage.sentencesOf(reader, doc))).isEqualTo(expected);
				covered += expected > 0 ? 1 : 0;
			}
		}
		assertThat(covered).isGreaterThan(100);
	}

	@Test
	void aSentenceReadUnderItsHeadingsCoversAShareOfWhatTheyAdd() {
		// Every other term of the question stands in the headings here: a sentence that
		// holds a term covers it whole, one its headings hold covers a share of it. A
		// sentence that holds none of the question's terms covers nothing, whatever its
		// headings hold: they are the passage's, not what the sentence says.
		double share = 0.3;
		PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);
		IndexReader reader = corpus.snapshot().searcher().getIndexReader();
		int raised = 0;
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), asked.question());
			List<String> terms = question.concepts()
				.stream()
				.flatMap(concept -> concept.terms().stream())
				.map(QueryTerm::term)
				.distinct()
				.toList();
			Set<String> headed = new HashSet<>();
			for (int i = 0; i < terms.size(); i += 2) {
				headed.add(terms.get(i));
			}
			SentenceCoverage bySentence = new SentenceCoverage(question);
			for (int doc = 0; doc < reader.maxDoc(); doc += PASSAGES_APART) {
				AnalysedSentences sentences = IndexedPassage.read(reader, doc).sentences().decode();
				double expected = sentences.terms().stream().mapToDouble(own -> {
					double alone = Coverage.of(question, own);
					return alone == 0 ? 0 : alone + share
							* (Coverage.of(question, term -> own.contains(term) || headed.contains(term)) - alone);
				}).max().orElse(0);
				double plain = bySentence.best(IndexedPassage.sentencesOf(reader, doc));

				assertThat(bySentence.best(IndexedPassage.sentencesOf(reader, doc),
						number -> headed.contains(terms.get(number)), bySentence.numbered(terms::indexOf), share))
					.isCloseTo(expected, within(1e-12));
				raised += expected > plain ? 1 : 0;
			}
		}
		assertThat(raised).isGreaterThan(100);
	}

	@Test
	void thePassagesFoundCarryTheirStoredSentences() {
		PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);
		Analyzer analyzer = corpus.snapshot().analysis().indexAnalyzer();
		for (EvalQuestion asked : Evaluation.read(SharedData.DEV_QUESTIONS)) {
			AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), asked.question());
			for (ScoredPassage hit : searcher.search(corpus.snapshot(), question, 10)) {
				String text = hit.passage().text();
				assertThat(hit.sentences().spans()).as(hit.passage().id()).isEqualTo(Sentences.split(text));
				for (int i = 0; i < hit.sentences().spans().size(); i++) {
					Sentences.Span span = hit.sentences().spans().get(i);
					assertThat(hit.sentences().terms().get(i))
						.isEqualTo(Coverage.terms(analyzer, text.substring(span.start(), span.end())));
				}
			}
		}
	}

}
