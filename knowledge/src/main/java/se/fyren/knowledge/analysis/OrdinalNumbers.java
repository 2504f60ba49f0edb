package se.fyren.knowledge.analysis;

/**
 * Ordinal numbers as thesaurus rules that add their figure: a question asks for "the
 * third meeting" ("tredje träffen") where the reports head it "Träff 3". Language, not
 * the domain's vocabulary, so built in rather than left to the editable thesaurus.
 */
final class OrdinalNumbers {

	// Swedish "andra" is no rule of its own: it is mostly "other" ("andra kommuner").
	private static final String[][] ORDINALS = { { "första", "first", "1" }, { "andra", "second", "2" },
			{ "tredje", "third", "3" }, { "fjärde", "fourth", "4" }, { "femte", "fifth", "5" },
			{ "sjätte", "sixth", "6" }, { "sjunde", "seventh", "7" }, { "åttonde", "eighth", "8" },
			{ "nionde", "ninth", "9" }, { "tionde", "tenth", "10" } };

	private OrdinalNumbers() {
	}

	/**
	 * Rules in Solr's synonym format: a Swedish ordinal and its figure are equivalent
	 * (the word as written keeps its role), an English ordinal reads as both, as the
	 * glossary translates.
	 */
	static String rules() {
		StringBuilder rules = new StringBuilder();
		for (String[] ordinal : ORDINALS) {
			String swedish = ordinal[0];
			String figure = ordinal[2];
			if (!swedish.equals("andra")) {
				rules.append(swedish).append(", ").append(figure).append('\n');
			}
			rules.append(ordinal[1]).append(" => ").append(swedish).append(", ").append(figure).append('\n');
		}
		return rules.toString();
	}

}
