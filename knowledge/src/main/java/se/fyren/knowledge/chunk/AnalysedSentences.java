package se.fyren.knowledge.chunk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.analysis.SwedishAnalysis;

/**
 * A passage's sentences as the index splits them when it adds the passage: each one's
 * offsets in the passage's text and the terms the index's analysis makes of it. An answer
 * reads them instead of splitting and analysing the passage again for every question. The
 * index's analysis works word by word, so the terms of the whole passage are the terms of
 * its sentences together.
 *
 * @param spans the sentences' offsets, as {@link Sentences#split} gives them
 * @param terms the terms of each sentence (its text stripped), in the order of
 * {@code spans}
 */
public record AnalysedSentences(List<Sentences.Span> spans, List<Set<String>> terms) {

	// Separates the sentences of the stored form, and the offsets and terms of one. No
	// term holds either: the tokenizer cuts words at white space.
	private static final char SENTENCE_END = '\n';

	private static final char SEPARATOR = ' ';

	public AnalysedSentences {
		if (spans.size() != terms.size()) {
			throw new IllegalArgumentException(
					"One term set a sentence: " + spans.size() + " sentences, " + terms.size() + " term sets");
		}
		spans = List.copyOf(spans);
		terms = List.copyOf(terms);
	}

	/** Splits a passage's text and analyses each sentence. */
	public static AnalysedSentences of(String text, Analyzer analyzer) {
		List<Sentences.Span> spans = Sentences.split(text);
		List<Set<String>> terms = new ArrayList<>(spans.size());
		for (Sentences.Span span : spans) {
			terms.add(Set.copyOf(SwedishAnalysis.tokens(analyzer, text.substring(span.start(), span.end()).strip())));
		}
		return new AnalysedSentences(spans, terms);
	}

	/** The terms of the whole passage. */
	public Set<String> allTerms() {
		Set<String> all = new HashSet<>();
		terms.forEach(all::addAll);
		return all;
	}

	/**
	 * The stored form: a line a sentence, its start and end offsets, then its terms, each
	 * after a space.
	 */
	public String encode() {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < spans.size(); i++) {
			out.append(spans.get(i).start()).append(SEPARATOR).append(spans.get(i).end());
			for (String term : terms.get(i)) {
				out.append(SEPARATOR).append(term);
			}
			out.append(SENTENCE_END);
		}
		return out.toString();
	}

	/** The sentences from their {@link #encode stored form}. */
	public static AnalysedSentences decode(String stored) {
		List<Sentences.Span> spans = new ArrayList<>();
		List<Set<String>> terms = new ArrayList<>();
		int line = 0;
		while (line < stored.length()) {
			int end = stored.indexOf(SENTENCE_END, line);
			String[] fields = stored.substring(line, end).split(String.valueOf(SEPARATOR));
			spans.add(new Sentences.Span(Integer.parseInt(fields[0]), Integer.parseInt(fields[1])));
			// written from a set: no term twice
			terms.add(Set.of(Arrays.copyOfRange(fields, 2, fields.length)));
			line = end + 1;
		}
		return new AnalysedSentences(spans, terms);
	}

}
