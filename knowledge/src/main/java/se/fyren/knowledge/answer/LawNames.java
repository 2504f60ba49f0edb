package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.analysis.ShippedWordList;

/**
 * Sweden's laws by their Swedish names, abbreviations and English names ("Social Services
 * Act", "SoL", "socialtjänstlagen"): a colleague writing English names a law in English,
 * and the reports name it in Swedish or not at all.
 */
final class LawNames {

	private static final String RESOURCE = "swedish-laws.txt";

	private static final Pattern FIELDS = Pattern.compile("\\s*\\|\\s*");

	private static final Pattern ITEMS = Pattern.compile("\\s*,\\s*");

	private final List<Law> laws;

	private LawNames(List<Law> laws) {
		this.laws = List.copyOf(laws);
	}

	static LawNames swedish() {
		List<Law> laws = new ArrayList<>();
		for (String line : ShippedWordList.entries(LawNames.class, RESOURCE)) {
			String[] fields = FIELDS.split(line, -1);
			if (fields.length != 3) {
				throw new IllegalStateException(
						RESOURCE + ": expected 'name | abbreviations | English names': " + line);
			}
			laws.add(Law.of(fields[0], items(fields[1]), items(fields[2])));
		}
		return new LawNames(laws);
	}

	private static List<String> items(String field) {
		return field.isBlank() ? List.of() : Arrays.asList(ITEMS.split(field.strip()));
	}

	/** Every law of the list, in its order. */
	List<Law> all() {
		return laws;
	}

	/** The laws a text names, by any of their names, in the list's order. */
	List<Law> in(String text) {
		// Each law's pattern tried over a question was most of the abstain judge's time
		// for names: a law none of whose names the text holds, by the pattern's own
		// comparison of letters in any case, is not tried.
		String folded = CaseFolded.of(text);
		return laws.stream().filter(law -> law.mayBeNamedIn(text, folded) && law.namedIn(text)).toList();
	}

	/**
	 * A law.
	 *
	 * @param name its Swedish name, in lower case
	 * @param abbreviations as written (case tells "SoL" from "sol")
	 * @param english its English names
	 * @param mentions how a text names it
	 * @param foldedNames its Swedish name's stem and English names {@link CaseFolded}
	 */
	record Law(String name, List<String> abbreviations, List<String> english, Pattern mentions,
			List<String> foldedNames) {

		static Law of(String name, List<String> abbreviations, List<String> english) {
			List<String> alternatives = new ArrayList<>();
			// "socialtjänstlagen", "socialtjänstlag", "socialtjänstlagens"
			String stem = name.toLowerCase(Locale.ROOT).replaceFirst("en$", "");
			alternatives.add("(?i:" + Pattern.quote(stem) + "(?:en|ens|s)?)");
			abbreviations.forEach(abbreviation -> alternatives.add(Pattern.quote(abbreviation)));
			english.forEach(written -> alternatives.add("(?i:" + Pattern.quote(written) + ")"));
			Pattern mentions = Pattern.compile("(?<![\\p{L}-])(?:" + String.join("|", alternatives) + ")(?![\\p{L}-])",
					Pattern.UNICODE_CHARACTER_CLASS);
			List<String> foldedNames = new ArrayList<>();
			foldedNames.add(CaseFolded.of(stem));
			english.forEach(written -> foldedNames.add(CaseFolded.of(written)));
			// A text's letter that is already a name's folded letter matches it too: the
			// folded text holds it only if folding changes none of the name's letters.
			for (String folded : foldedNames) {
				if (!CaseFolded.of(folded).equals(folded)) {
					throw new IllegalStateException(RESOURCE + ": a name folds differently twice: " + folded);
				}
			}
			return new Law(name.toLowerCase(Locale.ROOT), List.copyOf(abbreviations), List.copyOf(english), mentions,
					List.copyOf(foldedNames));
		}

		/**
		 * Whether the text (and the same text {@link CaseFolded}) holds one of its names
		 * as the pattern compares them (its names in any case, its abbreviations as
		 * written), not yet whether they stand as words.
		 */
		boolean mayBeNamedIn(String text, String folded) {
			return foldedNames.stream().anyMatch(folded::contains) || abbreviations.stream().anyMatch(text::contains);
		}

		/** Its Swedish name's stem, its abbreviations and English names, as listed. */
		List<String> names() {
			List<String> names = new ArrayList<>();
			names.add(name.replaceFirst("en$", ""));
			names.addAll(abbreviations);
			names.addAll(english);
			return names;
		}

		boolean namedIn(String text) {
			return mentions.matcher(text).find();
		}

		/** How a text names it first ("LVM", "the Patient Safety Act"), or its name. */
		String asNamedIn(String text) {
			Matcher mention = mentions.matcher(text);
			return mention.find() ? mention.group() : name;
		}

		/** Whether its Swedish name is one word, which the reports' words can tell. */
		boolean oneWord() {
			return !name.contains(" ");
		}

	}

}
