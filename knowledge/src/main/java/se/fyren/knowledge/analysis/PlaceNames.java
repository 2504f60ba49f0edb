package se.fyren.knowledge.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sweden's places by name: its municipalities, counties and provinces, and nearby
 * countries by their Swedish names. People type them in lower case in chat ("vad gör sala
 * kommun", "hur jobbar gävle med …"), where no capital letter tells a name.
 */
public final class PlaceNames {

	// Compiled once: this runs for every word of every text read.
	private static final Pattern SPACES = Pattern.compile("\\s+");

	// The marks a letter's decomposition leaves beside it: "ä" is "a" and a mark.
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*", Pattern.UNICODE_CHARACTER_CLASS);

	// "Upplands Väsby", "Lilla Edet", "Jämtland Härjedalen": the longest names have two
	// words.
	private static final int MAX_WORDS = 2;

	private final Set<String> names;

	private final Set<String> municipalities;

	// A municipality by the name its web and mail addresses give it: "rattvik" for
	// Rättvik, "malung-salen" for Malung-Sälen.
	private final Map<String, String> municipalitiesByDomain;

	private PlaceNames(Set<String> names, Set<String> municipalities) {
		this.names = Set.copyOf(names);
		this.municipalities = Set.copyOf(municipalities);
		this.municipalitiesByDomain = municipalities.stream()
			.collect(Collectors.toUnmodifiableMap(PlaceNames::asDomain, name -> name, (first, second) -> first));
	}

	private static String asDomain(String name) {
		return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").replace(' ', '-');
	}

	public static PlaceNames swedish() {
		return new PlaceNames(PlaceNameList.swedish(), PlaceNameList.municipalities());
	}

	/**
	 * The municipality whose addresses a domain's name is ("orsa" of orsa.se), if any.
	 * @param domain the name before ".se", in lower case
	 */
	public Optional<String> municipalityOfDomain(String domain) {
		return Optional.ofNullable(municipalitiesByDomain.get(domain));
	}

	/** Whether a place found ({@link Mention#name()}) is a municipality. */
	public boolean municipality(String name) {
		return municipalities.contains(name);
	}

	/**
	 * Whether a word in lower case is a place's name as it stands, not its genitive:
	 * "västerås" is, "gävles" is not.
	 */
	public boolean namedAs(String lower) {
		return names.contains(lower);
	}

	/** Whether a word, in any case, is a place's name or its genitive ("Gävles"). */
	public boolean has(String word) {
		return base(word.toLowerCase(Locale.ROOT)) != null;
	}

	/** The places a text names, in the order written: the longest name at each word. */
	public List<Mention> in(String text) {
		return in(text, false);
	}

	/**
	 * As {@link #in(String)}; with {@code capitalisedOnly} a name is looked for only at a
	 * capitalised word, which is all a text's names as places need (a whole passage is
	 * read for them, and most of its words are in lower case).
	 */
	private List<Mention> in(String text, boolean capitalisedOnly) {
		List<int[]> words = new ArrayList<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			words.add(new int[] { word.start(), word.end() });
		}
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (capitalisedOnly && !Character.isUpperCase(text.charAt(words.get(i)[0]))) {
				continue;
			}
			for (int length = Math.min(MAX_WORDS, words.size() - i); length > 0; length--) {
				int start = words.get(i)[0];
				String written = text.substring(start, words.get(i + length - 1)[1]);
				String lower = written.toLowerCase(Locale.ROOT);
				// A word alone holds no space to fold (WORD matches letters and hyphens):
				// most of what is looked up, in every text read.
				String name = base(length == 1 ? lower : SPACES.matcher(lower).replaceAll(" "));
				if (name != null) {
					mentions.add(new Mention(name, written, start));
					i += length - 1;
					break;
				}
			}
		}
		return mentions;
	}

	/**
	 * Sweden's municipalities a text names as places (capitalised): "Ludvika är den enda
	 * kommunen …" names one, "länets kommuner" and "ett hållbart Dalarna" none.
	 */
	public Set<String> municipalitiesNamed(String text) {
		Set<String> named = new LinkedHashSet<>();
		for (Mention mention : in(text, true)) {
			if (municipality(mention.name())) {
				named.add(mention.name());
			}
		}
		return named;
	}

	private String base(String lower) {
		if (names.contains(lower)) {
			return lower;
		}
		String withoutGenitive = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : null;
		return withoutGenitive != null && names.contains(withoutGenitive) ? withoutGenitive : null;
	}

	/**
	 * A place named in a text.
	 *
	 * @param name the place's name in lower case
	 * @param written the words as typed ("Gävles")
	 * @param start where they start in the text
	 */
	public record Mention(String name, String written, int start) {

		public boolean capitalised() {
			return Character.isUpperCase(written.charAt(0));
		}

	}

}
