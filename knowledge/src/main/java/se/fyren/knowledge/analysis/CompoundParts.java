package se.fyren.knowledge.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;

/**
 * The words a Swedish compound may be split into. Swedish joins words
 * ({@code barnfattigdom}, {@code folkhälsostrateg}); the parts are learned from the
 * reports themselves (every word seen at least twice, and its stem, so that linking forms
 * such as {@code folkhäls|o} still match), so the analysis needs nothing installed; they
 * are kept in the index commit they were used for.
 */
public final class CompoundParts {

	static final int MIN_PART = 4;

	private static final int MIN_OCCURRENCES = 2;

	private final CharArraySet parts;

	private CompoundParts(Collection<String> words) {
		this.parts = CharArraySet.unmodifiableSet(new CharArraySet(words, false));
	}

	public static CompoundParts learn(Iterable<String> texts) {
		Learner learner = new Learner();
		texts.forEach(learner::add);
		return learner.parts();
	}

	/**
	 * Learns the parts from texts given one at a time, holding only the word counts: a
	 * corpus larger than the heap can be learned from as it is read.
	 */
	public static final class Learner {

		private final Map<String, Integer> counts = new HashMap<>();

		public void add(String text) {
			for (String word : SwedishAnalysis.words(text)) {
				if (word.length() >= MIN_PART && word.chars().allMatch(Character::isLetter)) {
					counts.merge(word, 1, Integer::sum);
				}
			}
		}

		public CompoundParts parts() {
			CharArraySet stop = SwedishAnalyzer.getDefaultStopSet();
			SwedishLightStemmer stemmer = new SwedishLightStemmer();
			TreeSet<String> words = new TreeSet<>();
			counts.forEach((word, count) -> {
				if (count >= MIN_OCCURRENCES && !stop.contains(word)) {
					words.add(word);
					String stem = new String(word.toCharArray(), 0, stemmer.stem(word.toCharArray(), word.length()));
					if (stem.length() >= MIN_PART) {
						words.add(stem);
					}
				}
			});
			return new CompoundParts(words);
		}

	}

	/**
	 * The parts as one newline-separated text, to keep beside the index they were used
	 * for.
	 */
	public String serialize() {
		List<String> words = new ArrayList<>();
		for (Object word : parts) {
			words.add(new String((char[]) word));
		}
		words.sort(null);
		return String.join("\n", words);
	}

	public static CompoundParts deserialize(String text) {
		return new CompoundParts(text.isEmpty() ? List.of() : List.of(text.split("\n")));
	}

	CharArraySet asSet() {
		return parts;
	}

	public int size() {
		return parts.size();
	}

}
