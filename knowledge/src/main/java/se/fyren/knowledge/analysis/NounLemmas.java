package se.fyren.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Swedish nouns brought to their dictionary lemma before stemming, so every form of a
 * noun meets in one term: {@code syftena}, {@code strömmar}, {@code vattnet} stem
 * differently from their base forms, and the light stemmer cuts base forms such as
 * {@code barn}, {@code kommun}, {@code region}, {@code budget} ("bar", "kommu" …) while
 * their inflections stem to the base form. A noun form is replaced by its lemma; a lemma
 * that the stemmer would cut is kept whole (marked as a keyword), so "barn" no longer
 * matches "bar". Other words keep the light stem, so a verb and its noun
 * ({@code arbetar}, {@code arbetet}) still meet, and so do words the dictionary does not
 * know (new compounds, names).
 *
 * <p>
 * The dictionary is LanguageTool's Swedish word list ({@code language-sv}, LGPL), read
 * with morfologik.
 */
public final class NounLemmas {

	private static final String DICTIONARY = "/org/languagetool/resource/sv/swedish.dict";

	// The dictionary's tag of a noun in its indefinite singular nominative: its base
	// form.
	private static final String BASE_FORM_TAG = "NN:OF:SIN:NOM";

	private static final String NOUN_TAG = "NN:";

	// The endings of a noun's forms: indefinite and definite, singular and plural.
	private static final List<String> FORM_ENDINGS = List.of("", "en", "et", "n", "t", "ar", "er", "or", "r", "na",
			"arna", "erna", "orna", "ena", "a");

	// Shorter lemmas stand for too many words the reports use otherwise: "dalarna" is
	// the plural of "dal" to the dictionary, and the name of the county to the reports.
	private static final int MIN_LEMMA = 4;

	// Definite and plural endings: when the dictionary lists the noun with one of
	// them and that form stems back to the base form, the stemmer took the noun's own
	// last letter for an ending.
	private static final String[] ENDINGS = { "en", "et", "er", "ar", "or" };

	// Bounds the words remembered by one stream (the reports hold some fifteen thousand).
	private static final int CACHE_LIMIT = 50_000;

	// A question's words and a few passages' headings: the cache grows from here.
	private static final int CACHE_SIZE = 64;

	private static final Noun NOT_A_NOUN = new Noun("", false);

	private final Dictionary dictionary;

	private NounLemmas(Dictionary dictionary) {
		this.dictionary = dictionary;
	}

	/** The Swedish dictionary shipped with LanguageTool's Swedish module. */
	public static NounLemmas swedish() {
		URL resource = NounLemmas.class.getResource(DICTIONARY);
		if (resource == null) {
			throw new IllegalStateException("The Swedish dictionary " + DICTIONARY + " is not on the class path");
		}
		try {
			return new NounLemmas(Dictionary.read(resource));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Swedish dictionary " + DICTIONARY, ex);
		}
	}

	/** What the same dictionary says a word can be. */
	public WordClasses wordClasses() {
		return new WordClasses(dictionary);
	}

	/**
	 * Replaces each noun form of a stream by the form all its forms stem alike from, or
	 * by its lemma marked as a keyword when the stemmer would cut it. Each stream gets
	 * its own lookup: a lookup is not thread-safe, the dictionary is.
	 */
	TokenStream lemmatize(TokenStream stream) {
		DictionaryLookup lookup = new DictionaryLookup(dictionary);
		SwedishLightStemmer stemmer = new SwedishLightStemmer();
		return new TokenFilter(stream) {

			// Each word is looked up once per stream: a noun's forms take some twenty
			// lookups, and the reports repeat their words. Keyed by the term's chars, so
			// a word met before is found without making a String of it.
			private final CharArrayMap<Noun> cache = new CharArrayMap<>(CACHE_SIZE, false);

			private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

			private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

			@Override
			public boolean incrementToken() throws IOException {
				if (!input.incrementToken()) {
					return false;
				}
				if (keyword.isKeyword()) {
					return true;
				}
				Noun noun = cache.get(term.buffer(), 0, term.length());
				if (noun == null) {
					String word = term.toString();
					noun = noun(word);
					cache.put(word, noun);
				}
				if (noun != NOT_A_NOUN) {
					term.setEmpty().append(noun.term());
					keyword.setKeyword(noun.keepWhole());
				}
				if (cache.size() > CACHE_LIMIT) {
					cache.clear();
				}
				return true;
			}

			private Noun noun(String word) {
				String lemma = nounLemma(word, lookup);
				if (lemma == null) {
					return NOT_A_NOUN;
				}
				return isBareNoun(lemma, lookup, stemmer) ? new Noun(lemma, true)
						: new Noun(commonForm(lemma, lookup, stemmer), false);
			}
		};
	}

	/**
	 * What a noun form becomes before stemming.
	 *
	 * @param keepWhole whether the stemmer must leave the term as it is
	 */
	private record Noun(String term, boolean keepWhole) {
	}

	/**
	 * The light stem most of the noun's forms share, as one of those forms: "arbetet" for
	 * arbete (arbetet, arbeten and the verb arbetar stem to "arbet", the lemma alone to
	 * "arbe"), "frågor" for fråga (fråga and frågor stem to "fråg", frågan to "fråga").
	 */
	private static String commonForm(String lemma, DictionaryLookup lookup, SwedishLightStemmer stemmer) {
		Map<String, Integer> stems = new HashMap<>();
		Map<String, String> forms = new HashMap<>();
		String doubled = lemma + lemma.charAt(lemma.length() - 1);
		for (String ending : FORM_ENDINGS) {
			for (String form : List.of(lemma + ending, doubled + ending)) {
				if (form.equals(doubled) || !isNounForm(form, lemma, lookup, NOUN_TAG)) {
					continue;
				}
				String stem = stem(stemmer, form);
				stems.merge(stem, 1, Integer::sum);
				forms.putIfAbsent(stem, form);
			}
		}
		return stems.entrySet()
			.stream()
			.max(Map.Entry.<String, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(Comparator.comparingInt(String::length).reversed())))
			.map(entry -> forms.get(entry.getKey()))
			.orElse(lemma);
	}

	/** The lemma of a noun form, or null when the dictionary knows no such noun. */
	private static String nounLemma(String word, DictionaryLookup lookup) {
		for (WordData entry : lookup.lookup(word)) {
			CharSequence tag = entry.getTag();
			if (tag != null && tag.toString().startsWith(NOUN_TAG) && entry.getStem().length() >= MIN_LEMMA) {
				return entry.getStem().toString();
			}
		}
		return null;
	}

	private static boolean isBareNoun(String word, DictionaryLookup lookup, SwedishLightStemmer stemmer) {
		if (stem(stemmer, word).equals(word) || !isNounForm(word, word, lookup, BASE_FORM_TAG)) {
			return false;
		}
		for (String ending : ENDINGS) {
			String inflected = word + ending;
			if (stem(stemmer, inflected).equals(word) && isNounForm(inflected, word, lookup, NOUN_TAG)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the dictionary lists a form as a noun of the given base form. */
	private static boolean isNounForm(String form, String base, DictionaryLookup lookup, String tagPrefix) {
		for (WordData entry : lookup.lookup(form)) {
			CharSequence tag = entry.getTag();
			if (tag != null && tag.toString().startsWith(tagPrefix) && base.contentEquals(entry.getStem())) {
				return true;
			}
		}
		return false;
	}

	private static String stem(SwedishLightStemmer stemmer, String word) {
		char[] chars = word.toCharArray();
		return new String(chars, 0, stemmer.stem(chars, chars.length));
	}

}
