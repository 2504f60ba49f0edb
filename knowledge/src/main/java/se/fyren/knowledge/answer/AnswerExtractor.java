package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Citation;
import se.fyren.knowledge.Passage;
import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.chunk.Sentences;
import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.Concept;
import se.fyren.knowledge.search.Coverage;

/**
 * An extractive answer: the sentences of the best passages that cover most of the question, weighted by
 * how rare each covered word is. When even the best passage leaves too much of the question uncovered, or
 * a Swedish question turns on a word the reports never use, the answer is "not found" rather than the
 * least bad passage.
 */
public final class AnswerExtractor {

	private final AnswerSettings settings;

	public AnswerExtractor(AnswerSettings settings) {
		this.settings = settings;
	}

	/** The share of the question's weight carried by words the reports never use. */
	private static double unknownShare(AnalyzedQuestion question) {
		double total = 0;
		double unknown = 0;
		for (Concept concept : question.concepts()) {
			total += concept.idf();
			unknown += concept.known() ? 0 : concept.idf();
		}
		return total == 0 ? 1 : unknown / total;
	}

	private record Candidate(String text, Passage passage, double score) {
	}

	public Answer answer(AnalyzedQuestion question, List<ScoredPassage> ranked, Analyzer analyzer) {
		List<ScoredPassage> read = ranked.subList(0, Math.min(settings.passagesRead(), ranked.size()));
		double best = 0;
		for (ScoredPassage passage : read) {
			best = Math.max(best, Coverage.of(question, Coverage.terms(analyzer, passage.passage().text())));
		}
		double unknown = unknownShare(question);
		if (Boolean.getBoolean("fyren.debug")) {
			System.out.printf("    COV best=%.2f unknownShare=%.2f%n", best, unknown);
		}
		boolean turnsOnUnknownWord = !question.english() && unknown >= settings.maxUnknownShare();
		if (read.isEmpty() || best < settings.minCoverage() || turnsOnUnknownWord) {
			return new Answer(question.question(), false, "", List.of(), ranked);
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int rank = 0; rank < read.size(); rank++) {
			Passage passage = read.get(rank).passage();
			for (Sentences.Span span : Sentences.split(passage.text())) {
				String sentence = passage.text().substring(span.start(), span.end()).strip();
				double score = Coverage.of(question, Coverage.terms(analyzer, sentence)) * (1 - settings.rankDecay() * rank);
				candidates.add(new Candidate(sentence, passage, score));
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		StringBuilder text = new StringBuilder();
		Set<Passage> cited = new LinkedHashSet<>();
		Set<String> used = new java.util.HashSet<>();
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

}
