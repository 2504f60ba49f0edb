package se.fyren.knowledge.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Swedish words of like meaning from a general synonym lexicon (Folkets synonymlexikon),
 * for finding a passage that says in other words what a question asks ("möte":
 * sammanträde, träff). General language, not the reports' domain: searching weighs these
 * words low, and they never make a word the reports lack known.
 */
public final class RelatedWords {

	/** No related words: searching uses the question's own words and the thesaurus. */
	public static final RelatedWords NONE = new RelatedWords(Map.of(), null);

	private static final String RESOURCE = "related-sv.txt";

	private final Map<String, List<String>> related;

	private final WordClasses wordClasses;

	private RelatedWords(Map<String, List<String>> related, WordClasses wordClasses) {
		this.related = related;
		this.wordClasses = wordClasses;
	}

	/**
	 * The lexicon shipped with Fyren, looking words up by their dictionary base forms.
	 */
	public static RelatedWords swedish(WordClasses wordClasses) {
		Map<String, List<String>> related = new HashMap<>();
		for (String line : ShippedWordList.entries(RelatedWords.class, RESOURCE)) {
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			List<String> words = new ArrayList<>();
			for (String word : line.substring(colon + 1).split(",")) {
				if (!word.isBlank()) {
					words.add(word.strip());
				}
			}
			related.put(line.substring(0, colon).strip(), List.copyOf(words));
		}
		return new RelatedWords(Map.copyOf(related), wordClasses);
	}

	/**
	 * Words of like meaning for a word as written, in any inflection ("mötena" finds
	 * those of "möte"), best first.
	 */
	public Set<String> of(String written) {
		if (related.isEmpty()) {
			return Set.of();
		}
		String word = written.toLowerCase(Locale.ROOT);
		Set<String> forms = new LinkedHashSet<>();
		forms.add(word);
		forms.addAll(wordClasses.lemmas(word));
		Set<String> found = new LinkedHashSet<>();
		for (String form : forms) {
			found.addAll(related.getOrDefault(form, List.of()));
		}
		found.removeAll(forms);
		return found;
	}

}
