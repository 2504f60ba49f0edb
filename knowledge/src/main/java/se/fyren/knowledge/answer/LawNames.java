package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

	/** The laws a text names, by any of their names, in the list's order. */
	List<Law> in(String text) {
		return laws.stream().filter(law -> law.namedIn(text)).toList();
	}

	/**
	 * A law.
	 *
	 * @param name its Swedish name, in lower case
	 * @param abbreviations as written (case tells "SoL" from "sol")
	 * @param mentions how a text names it
	 */
	record Law(String name, List<String> abbreviations, Pattern mentions) {

		static Law of(String name, List<String> abbreviations, List<String> english) {
			List<String> alternatives = new ArrayList<>();
			// "socialtjänstlagen", "socialtjänstlag", "socialtjänstlagens"
			String swedish = Pattern.quote(name.toLowerCase(Locale.ROOT).replaceFirst("en$", ""));
			alternatives.add("(?i:" + swedish + "(?:en|ens|s)?)");
			abbreviations.forEach(abbreviation -> alternatives.add(Pattern.quote(abbreviation)));
			english.forEach(written -> alternatives.add("(?i:" + Pattern.quote(written) + ")"));
			Pattern mentions = Pattern.compile("(?<![\\p{L}-])(?:" + String.join("|", alternatives) + ")(?![\\p{L}-])",
					Pattern.UNICODE_CHARACTER_CLASS);
			return new Law(name.toLowerCase(Locale.ROOT), List.copyOf(abbreviations), mentions);
		}

		boolean namedIn(String text) {
			return mentions.matcher(text).find();
		}

		/** Whether its Swedish name is one word, which the reports' words can tell. */
		boolean oneWord() {
			return !name.contains(" ");
		}

	}

}
