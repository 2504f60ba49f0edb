package se.fyren.knowledge.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered part of a report a question names: its chapter ("kap 9", "kapitel 3",
 * "chapter 4") or a course's module ("modul 5", "module 2"). The question asks about what
 * that part says, so its passages rank before the same words elsewhere (the five modules
 * of the course manual each open with "När den här modulen är färdig ska deltagarna …").
 *
 * @param number the part's number, as the index holds it
 * @param words the words that name it, in lower case ("kap", "9")
 */
record NamedPart(String number, Set<String> words) {

	// "Ett" and "one" are left out: "finns det i modulen ett exempel …".
	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("två", 2), Map.entry("tre", 3),
			Map.entry("fyra", 4), Map.entry("fem", 5), Map.entry("sex", 6), Map.entry("sju", 7), Map.entry("åtta", 8),
			Map.entry("nio", 9), Map.entry("tio", 10), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
			Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
			Map.entry("nine", 9), Map.entry("ten", 10));

	// "Avsnitt" and "del" are left out: "en del 5-åringar", "avsnitt" of a TV series. A
	// law is cited by chapter and section ("2 kap. 5 § SoL"): a figure before "kap" or a
	// "§" after the number is no chapter of a report. Only the first part named counts
	// ("kapitel 3 och 4" asks about chapter 3).
	private static final Pattern NAMED = Pattern.compile(
			"(?<![\\d§]\\s?)\\b(?:kap|kapitel|kapitlet|chapter|modul|modulen|module)(?:\\.?\\s*(\\d{1,2})|\\s+("
					+ String.join("|", NUMBER_WORDS.keySet()) + "))\\b(?!\\s*§)",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The part the question names, if it names one. */
	static Optional<NamedPart> of(String question) {
		Matcher named = NAMED.matcher(question);
		if (!named.find()) {
			return Optional.empty();
		}
		int number = named.group(1) != null ? Integer.parseInt(named.group(1))
				: NUMBER_WORDS.get(named.group(2).toLowerCase(Locale.ROOT));
		return Optional.of(new NamedPart(String.valueOf(number),
				Set.copyOf(List.of(named.group().toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")))));
	}

}
