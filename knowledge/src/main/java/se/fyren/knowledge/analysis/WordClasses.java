package se.fyren.knowledge.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What the Swedish dictionary says a word can be. The dictionary holds no names, so a
 * word it knows only as a verb, pronoun, adverb or adjective ("gör", "varje", "stora")
 * cannot be one, while a word it does not know may be.
 */
public final class WordClasses {

	private static final String NOUN_TAG = "NN";

	private static final String VERB_TAG = "VB";

	// Adjectives, adverbs and pronouns: words that go before the noun they describe.
	private static final List<String> MODIFIER_TAGS = List.of("JJ", "AB", "PN");

	private final Dictionary dictionary;

	// A lookup is not thread-safe, the dictionary is; making one (its buffers, a
	// charset's encoder and decoder) cost about as much as the lookup itself, so each
	// thread keeps its own.
	private final ThreadLocal<DictionaryLookup> lookups;

	WordClasses(Dictionary dictionary) {
		this.dictionary = dictionary;
		this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
	}

	/** Whether the dictionary knows the word (as any word class). */
	public boolean knows(String word) {
		return !entries(word).isEmpty();
	}

	/**
	 * The word's base forms as the dictionary gives them, of any word class ("möten":
	 * möte; "träffades": träffas), or none when it does not know the word.
	 */
	public Set<String> lemmas(String word) {
		Set<String> lemmas = new LinkedHashSet<>();
		for (WordData entry : entries(word)) {
			if (entry.getStem() != null) {
				lemmas.add(entry.getStem().toString());
			}
		}
		return lemmas;
	}

	/**
	 * Whether the dictionary knows the word only as one that describes the noun after it:
	 * an adjective, an adverb or a pronoun ("mest", "angelägna", "andra").
	 */
	public boolean modifierOnly(String word) {
		List<WordData> entries = entries(word);
		return !entries.isEmpty() && entries.stream()
			.allMatch(entry -> entry.getTag() != null
					&& MODIFIER_TAGS.stream().anyMatch(tag -> entry.getTag().toString().startsWith(tag)));
	}

	/** Whether the dictionary knows the word as a verb, whatever else it may be. */
	public boolean verb(String word) {
		return entries(word).stream()
			.anyMatch(entry -> entry.getTag() != null && entry.getTag().toString().startsWith(VERB_TAG));
	}

	/** Whether the dictionary knows the word and never as a noun. */
	public boolean neverNoun(String word) {
		List<WordData> entries = entries(word);
		return !entries.isEmpty() && entries.stream()
			.noneMatch(entry -> entry.getTag() != null && entry.getTag().toString().startsWith(NOUN_TAG));
	}

	// The lookup's list and its entries are reused by the thread's next lookup: read them
	// before looking up another word.
	private List<WordData> entries(String word) {
		return lookups.get().lookup(word.toLowerCase(Locale.ROOT));
	}

}
