package se.fyren.knowledge.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Citation;
import se.fyren.knowledge.Passage;
import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.chunk.Sentences;
import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.Concept;
import se.fyren.knowledge.search.QueryTerm;

/**
 * An extractive answer: the sentences of the best passages that cover most of the question, weighted by
 * how rare each covered word is. When even the best passage leaves too much of the question uncovered
 * (a word the reports never use, say), the answer is "not found" rather than the least bad passage.
 */
public final class AnswerExtractor {

	private final AnswerSettings settings;

	public AnswerExtractor(AnswerSettings settings) {
		this.settings = settings;
	}

	private record Candidate(String text, Passage passage, double score) {
	}

	public Answer answer(AnalyzedQuestion question, List<ScoredPassage> ranked, Analyzer analyzer) {
		List<ScoredPassage> read = ranked.subList(0, Math.min(settings.passagesRead(), ranked.size()));
		double best = 0;
		for (ScoredPassage passage : read) {
			best = Math.max(best, coverage(question, terms(analyzer, passage.passage().text())));
		}
		if (read.isEmpty() || best < settings.minCoverage()) {
			return new Answer(question.question(), false, "", List.of(), ranked);
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int rank = 0; rank < read.size(); rank++) {
			Passage passage = read.get(rank).passage();
			for (Sentences.Span span : Sentences.split(passage.text())) {
				String sentence = passage.text().substring(span.start(), span.end()).strip();
				double score = coverage(question, terms(analyzer, sentence)) * (1 - settings.rankDecay() * rank);
				candidates.add(new Candidate(sentence, passage, score));
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		StringBuilder text = new StringBuilder();
		Set<Passage> cited = new LinkedHashSet<>();
		Set<String> used = new HashSet<>();
		for (Candidate candidate : candidates) {
			if (used.size() == settings.maxSentences() || text.length() >= settings.maxChars()
					|| candidate.score() <= 0) {
				break;
			}
			if (used.add(candidate.text())) {
				text.append(text.isEmpty() ? "" : " ").append(candidate.text());
				cited.add(candidate.passage());
			}
		}
		List<Citation> citations = cited.stream().map(Citation::of).toList();
		return new Answer(question.question(), true, text.toString(), citations, ranked);
	}

	/** The share of the question's idf weight that a text covers. */
	static double coverage(AnalyzedQuestion question, Set<String> terms) {
		double total = 0;
		double covered = 0;
		for (Concept concept : question.concepts()) {
			total += concept.idf();
			double weight = 0;
			for (QueryTerm term : concept.terms()) {
				if (terms.contains(term.term())) {
					weight = Math.max(weight, term.weight());
				}
			}
			covered += concept.idf() * Math.min(weight, 1);
		}
		return total == 0 ? 0 : covered / total;
	}

	private static Set<String> terms(Analyzer analyzer, String text) {
		Set<String> terms = new HashSet<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
