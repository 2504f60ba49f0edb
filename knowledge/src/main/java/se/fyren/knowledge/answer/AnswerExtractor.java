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
 * An extractive answer: the sentences of the best passages that cover most of the
 * question, weighted by how rare each covered word is. When even the best passage leaves
 * too much of the question uncovered, or a Swedish question turns on a word the reports
 * never use, the answer is "not found" rather than the least bad passage.
 */
public final class AnswerExtractor {

	// Shorter "sentences" are mostly labels, headings and table cells: they rarely answer
	// anything.
	private static final double SHORT_SENTENCE = 40;

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

	private record Candidate(String text, String next, Passage passage, double score) {
	}

	private static String text(Passage passage, Sentences.Span span) {
		return passage.text().substring(span.start(), span.end()).strip();
	}

	public Answer answer(AnalyzedQuestion question, List<ScoredPassage> ranked, Analyzer analyzer) {
		List<ScoredPassage> read = ranked.subList(0, Math.min(settings.passagesRead(), ranked.size()));
		double best = 0;
		for (ScoredPassage passage : read) {
			best = Math.max(best, Coverage.of(question, Coverage.terms(analyzer, passage.passage().text())));
		}
		double unknown = unknownShare(question);
		boolean turnsOnUnknownWord = !question.english() && unknown >= settings.maxUnknownShare();
		if (read.isEmpty() || best < settings.minCoverage() || turnsOnUnknownWord) {
			return new Answer(question.question(), false, "", List.of(), ranked);
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int rank = 0; rank < read.size(); rank++) {
			Passage passage = read.get(rank).passage();
			List<Sentences.Span> spans = Sentences.split(passage.text());
			for (int i = 0; i < spans.size(); i++) {
				String sentence = text(passage, spans.get(i));
				String next = i + 1 < spans.size() ? text(passage, spans.get(i + 1)) : null;
				double score = Coverage.of(question, Coverage.terms(analyzer, sentence))
						* (1 - settings.rankDecay() * rank) * Math.min(1, (double) sentence.length() / SHORT_SENTENCE);
				candidates.add(new Candidate(sentence, next, passage, score));
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		// The best sentence, then the one after it (an answer often follows the sentence
		// that restates the question), then the next best elsewhere.
		List<String> chosen = new ArrayList<>();
		Set<Passage> cited = new LinkedHashSet<>();
		for (Candidate candidate : candidates) {
			if (chosen.size() >= settings.maxSentences() || candidate.score() <= 0) {
				break;
			}
			if (chosen.contains(candidate.text())) {
				continue;
			}
			chosen.add(candidate.text());
			cited.add(candidate.passage());
			if (chosen.size() == 1 && candidate.next() != null) {
				chosen.add(candidate.next());
			}
		}
		StringBuilder text = new StringBuilder();
		for (String sentence : chosen) {
			if (text.length() >= settings.maxChars()) {
				break;
			}
			text.append(text.isEmpty() ? "" : " ").append(sentence);
		}
		// Overlapping passages of one section would read as the same source twice.
		List<Citation> citations = new ArrayList<>(cited.stream()
			.map(Citation::of)
			.collect(java.util.stream.Collectors.toMap(
					c -> List.of(c.doc(), String.valueOf(c.section()), String.valueOf(c.page())), c -> c,
					(first, second) -> first, java.util.LinkedHashMap::new))
			.values());
		return new Answer(question.question(), true, text.toString(), citations, ranked);
	}

}
