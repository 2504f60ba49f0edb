package se.fyren.bot.radar;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which known names a mistyped one is close to, for "menade du …": within two edits
 * (Levenshtein), or the start of one. Two edits catch a doubled or dropped letter and a
 * swapped pair ("poltik", "polciy") without suggesting unrelated short words.
 */
final class CloseNames {

	static final int MAX_EDITS = 2;

	private CloseNames() {
	}

	/** The known names close to the typed one, closest first. */
	static List<String> to(String typed, Collection<String> known) {
		String word = typed.toLowerCase(Locale.ROOT);
		return known.stream()
			.filter(name -> edits(word, name) <= MAX_EDITS || (word.length() >= 3 && name.startsWith(word)))
			.sorted(Comparator.comparingInt(name -> edits(word, name)))
			.toList();
	}

	static int edits(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
