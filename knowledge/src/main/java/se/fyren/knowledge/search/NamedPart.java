package se.fyren.knowledge.search;

import java.util.List;
import java.util.Locale;
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

	private static final List<String> WORDS = List.of("ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
			"tio");

	private static final List<String> ENGLISH_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten");

	// "Avsnitt" and "del" are left out: "en del 5-åringar", "avsnitt" of a TV series.
	private static final Pattern NAMED = Pattern.compile(
			"\\b(?:kap|kap\\.|kapitel|kapitlet|chapter|modul|modulen|module)\\s*(\\d{1,2}|" + String.join("|", WORDS)
					+ "|" + String.join("|", ENGLISH_WORDS) + ")\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The part the question names, if it names one. */
	static Optional<NamedPart> of(String question) {
		Matcher named = NAMED.matcher(question);
		if (!named.find()) {
			return Optional.empty();
		}
		String said = named.group(1).toLowerCase(Locale.ROOT);
		int word = Math.max(WORDS.indexOf(said), ENGLISH_WORDS.indexOf(said));
		return Optional.of(new NamedPart(word >= 0 ? String.valueOf(word + 1) : String.valueOf(Integer.parseInt(said)),
				Set.of(named.group().toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+"))));
	}

}
