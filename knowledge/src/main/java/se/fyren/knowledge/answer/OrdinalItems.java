package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a counted list written as sentences that number them in words, after a
 * lead-in that counts them: "Samlingens process har därmed haft tre huvudsakliga
 * funktioner. En första funktion har handlat om … Den andra funktionen … Samlingens
 * tredje funktion …", or "För det första krävs …, för det andra … För det tredje …". The
 * ordinals must come in their order: "andra" alone is as often "other".
 *
 * @param sentences the indexes of the sentences that hold the items, in order
 * @param reached how many of the items counted they name
 */
record OrdinalItems(List<Integer> sentences, int reached) {

	private static final List<String> ORDINALS = List.of("första", "andra", "tredje", "fjärde", "femte", "sjätte",
			"sjunde", "åttonde", "nionde", "tionde", "elfte", "tolfte");

	private static final String FIRST = ORDINALS.get(0);

	private static final String FIRST_CAPITALISED = "Första";

	private static final String FIRST_IN_CAPITALS = "FÖRSTA";

	// An item names its ordinal among its first words ("Samlingens tredje funktion"), or
	// where a clause opens ("för det andra", ", den andra konferensen").
	private static final int MAX_WORDS_BEFORE_ORDINAL = 2;

	// The next item follows within a few sentences: an item may run on over some.
	static final int MAX_SENTENCES_BETWEEN = 4;

	// How a clause inside a sentence opens with an ordinal.
	private static final List<String> CLAUSE_OPENINGS = List.of("för det ", ", den ", ", det ", ", en ", ", ett ",
			"; den ", "; det ");

	private static final Pattern WORD = Pattern.compile("\\p{L}+", Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * The items after a lead-in that counts {@code counted} of them, from the ordinal
	 * {@code reached} on (0: the first), in the sentences from {@code from} on.
	 */
	static OrdinalItems from(List<String> sentences, int from, int counted, int reached) {
		List<Integer> found = new ArrayList<>();
		int next = reached;
		int last = from - 1;
		for (int i = from; i < sentences.size() && next < counted && i - last <= MAX_SENTENCES_BETWEEN; i++) {
			int after = ordinalsIn(sentences.get(i), next);
			if (after > next) {
				found.add(i);
				next = after;
				last = i;
			}
		}
		return new OrdinalItems(found, next);
	}

	/**
	 * Whether a text may hold such a list: it names a first. Most passages do not, and
	 * this look is far cheaper than reading each sentence for a count.
	 */
	static boolean mayOpenIn(String text) {
		return text.contains(FIRST) || text.contains(FIRST_CAPITALISED) || text.contains(FIRST_IN_CAPITALS);
	}

	/** How many ordinals, in order, items quoted so far name. */
	static int reachedIn(List<String> items) {
		int next = 0;
		for (String item : items) {
			next = ordinalsIn(item, next);
		}
		return next;
	}

	/**
	 * The ordinal after those a sentence names in order from {@code next} on:
	 * {@code next} when it names none.
	 */
	private static int ordinalsIn(String sentence, int next) {
		String lower = sentence.toLowerCase(Locale.ROOT);
		int at = next;
		if (at < ORDINALS.size() && opensWith(lower, ORDINALS.get(at))) {
			at++;
		}
		while (at < ORDINALS.size() && inClause(lower, ORDINALS.get(at))) {
			at++;
		}
		return at;
	}

	/**
	 * Whether an ordinal opens a clause inside the sentence: "för det andra", ", den
	 * andra konferensen".
	 */
	private static boolean inClause(String lower, String ordinal) {
		for (String opening : CLAUSE_OPENINGS) {
			if (lower.contains(opening + ordinal + " ")) {
				return true;
			}
		}
		return false;
	}

	private static boolean opensWith(String lower, String ordinal) {
		Matcher word = WORD.matcher(lower);
		for (int read = 0; read <= MAX_WORDS_BEFORE_ORDINAL && word.find(); read++) {
			if (word.group().equals(ordinal)) {
				return true;
			}
		}
		return false;
	}

}
