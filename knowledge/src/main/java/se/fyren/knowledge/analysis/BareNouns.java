package se.fyren.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Swedish nouns in their base form that the light stemmer would cut: it takes the final
 * letter off {@code barn}, {@code kommun}, {@code region}, {@code budget} ("bar", "kommu"
 * …) while their inflected forms ({@code barnen}, {@code kommunerna}) stem to the base
 * form. A word the Swedish dictionary lists as a noun in its base form is kept as it is
 * when an inflected form would stem back to it, so every form of the noun meets in one
 * term and "barn" no longer matches "bar". Other words keep the light stem, so a verb and
 * its noun ({@code arbetar}, {@code arbetet}) still meet.
 *
 * <p>
 * The dictionary is LanguageTool's Swedish word list ({@code language-sv}, LGPL), read
 * with morfologik.
 */
public final class BareNouns {

	private static final String DICTIONARY = "/org/languagetool/resource/sv/swedish.dict";

	// The dictionary's tag of a noun in its indefinite singular nominative: its base
	// form.
	private static final String BASE_FORM_TAG = "NN:OF:SIN:NOM";

	private static final String NOUN_TAG = "NN:";

	// Definite and plural endings: when the dictionary lists the noun with one of them
	// and
	// that form stems back to the base form, the stemmer took the noun's own last letter
	// for an ending.
	private static final String[] ENDINGS = { "en", "et", "er", "ar", "or" };

	private final Dictionary dictionary;

	private BareNouns(Dictionary dictionary) {
		this.dictionary = dictionary;
	}

	/** The Swedish dictionary shipped with LanguageTool's Swedish module. */
	public static BareNouns swedish() {
		URL resource = BareNouns.class.getResource(DICTIONARY);
		if (resource == null) {
			throw new IllegalStateException("The Swedish dictionary " + DICTIONARY + " is not on the class path");
		}
		try {
			return new BareNouns(Dictionary.read(resource));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Swedish dictionary " + DICTIONARY, ex);
		}
	}

	/**
	 * Marks the bare nouns of a stream as keywords, so the stemmer after it leaves them
	 * whole. Each stream gets its own lookup: a lookup is not thread-safe, the dictionary
	 * is.
	 */
	TokenStream markIn(TokenStream stream) {
		DictionaryLookup lookup = new DictionaryLookup(dictionary);
		SwedishLightStemmer stemmer = new SwedishLightStemmer();
		return new KeywordMarkerFilter(stream) {

			private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

			@Override
			protected boolean isKeyword() {
				return isBareNoun(term.toString(), lookup, stemmer);
			}
		};
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
