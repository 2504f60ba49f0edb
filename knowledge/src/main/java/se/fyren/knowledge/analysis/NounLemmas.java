package se.fyren.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
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

	// Shorter lemmas stand for too many words the reports use otherwise: "dalarna" is
	// the plural of "dal" to the dictionary, and the name of the county to the reports.
	private static final int MIN_LEMMA = 4;

	// Definite and plural endings: when the dictionary lists the noun with one of them
	// and
	// that form stems back to the base form, the stemmer took the noun's own last letter
	// for an ending.
	private static final String[] ENDINGS = { "en", "et", "er", "ar", "or" };

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

	/**
	 * Replaces the nouns of a stream by their lemmas, and marks a lemma the stemmer after
	 * it would cut as a keyword. Each stream gets its own lookup: a lookup is not
	 * thread-safe, the dictionary is.
	 */
	TokenStream lemmatize(TokenStream stream) {
		DictionaryLookup lookup = new DictionaryLookup(dictionary);
		SwedishLightStemmer stemmer = new SwedishLightStemmer();
		return new TokenFilter(stream) {

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
				String word = term.toString();
				String lemma = nounLemma(word, lookup);
				if (lemma != null && !lemma.equals(word)) {
					term.setEmpty().append(lemma);
				}
				keyword.setKeyword(isBareNoun(lemma == null ? word : lemma, lookup, stemmer));
				return true;
			}
		};
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
