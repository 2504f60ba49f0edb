package se.fyren.knowledge.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Gives an English inflection the base form the glossary translates ("municipalities",
 * "goals", "planning", "improved" become "municipality", "goal", "plan", "improve"), so
 * that a glossary row need only name the base form. A word the glossary names as written
 * is left alone, and so is a Swedish word ("mening" is no "men" + "-ing").
 */
final class EnglishInflections extends TokenFilter {

	// A shorter base is too often another word: "as" is no plural of "a".
	private static final int MIN_BASE = 3;

	private final Thesaurus thesaurus;

	private final WordClasses swedish;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	EnglishInflections(TokenStream input, Thesaurus thesaurus, WordClasses swedish) {
		super(input);
		this.thesaurus = thesaurus;
		this.swedish = swedish;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		String word = term.toString();
		if (thesaurus.translates(word)) {
			return true;
		}
		for (String base : bases(word)) {
			if (thesaurus.translates(base)) {
				// Looked up last: most words have no base the glossary names.
				if (!swedish.knows(word)) {
					term.setEmpty().append(base);
				}
				return true;
			}
		}
		return true;
	}

	/**
	 * The base forms an English word may be inflected from, likeliest first: plurals and
	 * third persons (-ies, -es, -s), past forms (-ied, -ed) and present participles
	 * (-ing), with a doubled last consonant undone ("planned", "planning") and a silent
	 * "e" put back ("improved", "improving").
	 */
	static List<String> bases(String word) {
		List<String> bases = new ArrayList<>();
		if (word.endsWith("ies")) {
			add(bases, cut(word, 3) + "y");
		}
		if (word.endsWith("ied")) {
			add(bases, cut(word, 3) + "y");
		}
		if (word.endsWith("s") && !word.endsWith("ss")) {
			add(bases, cut(word, 1));
			if (word.endsWith("es")) {
				add(bases, cut(word, 2));
			}
		}
		if (word.endsWith("ed")) {
			addVerbBases(bases, cut(word, 2));
		}
		if (word.endsWith("ing")) {
			addVerbBases(bases, cut(word, 3));
		}
		return bases;
	}

	/** A verb's stem as cut, with its silent "e", and with a doubled consonant undone. */
	private static void addVerbBases(List<String> bases, String stem) {
		add(bases, stem);
		add(bases, stem + "e");
		int length = stem.length();
		if (length > 1 && stem.charAt(length - 1) == stem.charAt(length - 2)) {
			add(bases, stem.substring(0, length - 1));
		}
	}

	private static void add(List<String> bases, String base) {
		if (base.length() >= MIN_BASE) {
			bases.add(base);
		}
	}

	private static String cut(String word, int suffix) {
		return word.substring(0, word.length() - suffix);
	}

}
