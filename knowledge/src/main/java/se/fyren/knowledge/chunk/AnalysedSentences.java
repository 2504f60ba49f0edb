package se.fyren.knowledge.chunk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

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

	/**
	 * Splits a passage's text and gives each sentence the terms the stream made of its
	 * words (a word's terms carry the word's offsets, so the terms of a compound's parts
	 * go with the sentence that holds the compound). The stream is read to its end but
	 * not closed: a {@link org.apache.lucene.analysis.CachingTokenFilter} can then give
	 * the same terms to the index.
	 * @param analysed the passage's text as the index analyses it
	 */
	public static AnalysedSentences of(String text, TokenStream analysed) throws IOException {
		List<Sentences.Span> spans = Sentences.split(text);
		List<Set<String>> terms = new ArrayList<>(spans.size());
		spans.forEach(span -> terms.add(new TreeSet<>()));
		int[] starts = spans.stream().mapToInt(Sentences.Span::start).toArray();
		CharTermAttribute term = analysed.addAttribute(CharTermAttribute.class);
		OffsetAttribute offset = analysed.addAttribute(OffsetAttribute.class);
		analysed.reset();
		while (analysed.incrementToken()) {
			int at = Arrays.binarySearch(starts, offset.startOffset());
			int sentence = at >= 0 ? at : -at - 2;
			if (sentence >= 0 && offset.startOffset() < spans.get(sentence).end()) {
				terms.get(sentence).add(term.toString());
			}
		}
		analysed.end();
		return new AnalysedSentences(spans, terms);
	}

	/**
	 * Whether any sentence holds the term: whether the whole passage does, without
	 * gathering its terms into one set.
	 */
	public boolean holds(String term) {
		for (Set<String> sentence : terms) {
			if (sentence.contains(term)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The stored form: a line a sentence, its start and end offsets, then its terms, each
	 * after a space.
	 */
	public String encode() {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < spans.size(); i++) {
			out.append(spans.get(i).start()).append(SEPARATOR).append(spans.get(i).end());
			// in order (a String's), so that the stored form compresses well and a
			// search reads a sentence against the question's terms in one merge
			for (String term : new TreeSet<>(terms.get(i))) {
				out.append(SEPARATOR).append(term);
			}
			out.append(SENTENCE_END);
		}
		return out.toString();
	}

}
