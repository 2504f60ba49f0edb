package se.fyren.knowledge.answer;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;

import se.fyren.knowledge.analysis.PlaceNames;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.WordClasses;

/**
 * Reads the names and places a question names: by the word for a place's kind ("Göteborgs
 * kommun", "Region Dalarna"), by a preposition ("i Mora"), from Sweden's places, or
 * capitalised.
 */
final class QuestionNames {

	// The domain of a Swedish mail address: "orsa" of "ninni.holm@orsa.se".
	private static final Pattern ADDRESS_DOMAIN = Pattern.compile("@([\\w-]+)\\.se\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// An abbreviation in capitals names something: "GDPR", "LSS".
	private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{3,}\\b", Pattern.UNICODE_CHARACTER_CLASS);

	// A capitalised word inside a Swedish question is a name.
	private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}{2,}\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// What follows a place's name: the word for its kind, after a genitive s.
	private static final String PLACE_KIND = "s?\\s+(kommun\\p{L}*|stad|stads|region|län|municipality|county)\\b";

	// A place named before the word for its kind ("Göteborgs kommun", "malmö stad").
	static final Pattern PLACE = Pattern.compile("\\b(\\p{L}{3,}?(?:-\\p{L}{2,}?)?)" + PLACE_KIND,
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// A region is named after the word, typed in any case: "Region Dalarna", "region
	// jämtland härjedalen".
	static final Pattern REGION_NAMED = Pattern.compile("\\bregion\\s+(\\p{L}{3,})\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// A place the question is about: "in Borlänge", "i Mora", "för Gävle".
	private static final Pattern PLACE_ASKED = Pattern.compile(
			"\\b(?:i|in|på|för|at|from)\\s+(\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// "från Falun" asks of a place; "från Skolverket" of an agency: after "från" only a
	// name the places list holds is a place.
	private static final Pattern PLACE_FROM = Pattern.compile("\\bfrån\\s+(\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A word typed in lower case where a place would stand ("i malung-sälen"): a place
	// when the passages found name it as one.
	private static final Pattern PLACE_TYPED = Pattern.compile(
			"\\b(?:i|in|på|för|från|at|from)\\s+(\\p{Ll}{3,}(?:-\\p{Ll}{2,})?)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	// The forms of the kind's word a place's name stands before ("Sala kommun", "Falu
	// kommuns"), unlike a definite form ("gör kommunen").
	private static final Set<String> INDEFINITE_KINDS = Set.of("kommun", "kommuns", "stad", "stads", "region", "län",
			"municipality", "county");

	// English adjectives of nationality and kind end so ("Swedish", "Norwegian",
	// "Nordic", "northern", "neighbouring").
	private static final Pattern ENGLISH_ADJECTIVE = Pattern.compile("(?:ish|ian|ese|ic|ern|ing|ed)$");

	// "Which municipality …", "The region is …": a function word is no name, even
	// capitalised to begin a sentence, unless it is a place's name too ("Vara kommun").
	private static final CharArraySet FUNCTION_WORDS = SwedishAnalysis.questionStopWords();

	private final WordClasses wordClasses;

	private final PlaceNames placeNames;

	QuestionNames(WordClasses wordClasses, PlaceNames placeNames) {
		this.wordClasses = wordClasses;
		this.placeNames = placeNames;
	}

	/**
	 * Places named before "kommun", "stad" … or after "region", capitalised words inside
	 * a Swedish question (an English one capitalises names the glossary may not hold:
	 * "Sweden's"), and abbreviations in capitals in either.
	 */
	Set<String> names(String question, boolean english) {
		Set<String> names = new LinkedHashSet<>();
		addPlaceNames(PLACE, question, english, names);
		addPlaceNames(REGION_NAMED, question, english, names);
		if (!english) {
			NAME.matcher(question)
				.results()
				.map(MatchResult::group)
				.forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
		}
		ACRONYM.matcher(question)
			.results()
			.map(MatchResult::group)
			.forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
		return names;
	}

	/**
	 * Sweden's places the question names, typed in any case: a name that is also a word
	 * ("sala", "mark", "berg") only when capitalised inside the question, and in an
	 * English question only so ("kinda" is chat, "Kinda" a municipality).
	 */
	Set<String> knownPlaces(String question, boolean english) {
		Set<String> places = new LinkedHashSet<>();
		for (PlaceNames.Mention mention : this.placeNames.in(question)) {
			boolean capitalised = mention.capitalised() && mention.start() > 0;
			if (capitalised || !english && !this.wordClasses.knows(mention.name())) {
				places.add(mention.name());
			}
		}
		return places;
	}

	/**
	 * Sweden's municipalities a text names as places (capitalised), other than those the
	 * question names itself: "Ludvika är den enda kommunen …" names one, "länets
	 * kommuner" and "ett hållbart Dalarna" none.
	 */
	Set<String> municipalitiesNamedBesides(String text, String question) {
		return municipalitiesNamedBesides(text, knownPlaces(question, false));
	}

	/**
	 * As {@link #municipalitiesNamedBesides(String, String)}, with the question's own
	 * places ({@link #knownPlaces}) found once for all the units read.
	 */
	Set<String> municipalitiesNamedBesides(String text, Set<String> asked) {
		Set<String> places = this.placeNames.municipalitiesNamed(text);
		places.removeAll(asked);
		return places;
	}

	/**
	 * Whether a text's contact addresses are another municipality's than the places asked
	 * about ("ninni.holm@orsa.se" when Ludvika is asked): a contact line that closes one
	 * municipality's page often shares a passage with the next one's.
	 */
	boolean contactElsewhere(String text, Set<String> asked) {
		if (asked.isEmpty()) {
			return false;
		}
		boolean elsewhere = false;
		Matcher domain = ADDRESS_DOMAIN.matcher(text);
		while (domain.find()) {
			Optional<String> municipality = this.placeNames
				.municipalityOfDomain(domain.group(1).toLowerCase(Locale.ROOT));
			if (municipality.isPresent()) {
				if (asked.contains(municipality.get())) {
					return false;
				}
				elsewhere = true;
			}
		}
		return elsewhere;
	}

	/**
	 * The places a question is about: named before "kommun", "stad" …, or after "i",
	 * "in".
	 * @param found the passages found, where a place typed in lower case must be named as
	 * one
	 */
	Set<String> placesAbout(String question, boolean english, String found) {
		Set<String> places = new LinkedHashSet<>();
		addPlaceNames(PLACE, question, english, places);
		Matcher asked = PLACE_ASKED.matcher(question);
		while (asked.find()) {
			// "in October" names a time, not a place.
			if (!DateRules.MONTH.matcher(asked.group(1)).matches()) {
				places.add(asked.group(1).toLowerCase(Locale.ROOT));
			}
		}
		Matcher from = PLACE_FROM.matcher(question);
		while (from.find()) {
			if (this.placeNames.has(from.group(1))) {
				places.add(from.group(1).toLowerCase(Locale.ROOT));
			}
		}
		Matcher typed = PLACE_TYPED.matcher(question);
		String lowerFound = null;
		Set<String> named = null;
		while (typed.find()) {
			String word = typed.group(1);
			// "länets kommuner" names no place "länet": a word the dictionary knows is a
			// place only when the places list holds it ("mora"). Asked first, since it
			// needs no passages.
			if (!this.placeNames.has(word) && this.wordClasses.knows(word)) {
				continue;
			}
			// The passages in lower case, read from them once, on the first word typed
			// where a place would stand that the dictionary does not rule out: most such
			// words it knows ("i arbetet", "för barnen").
			lowerFound = lowerFound != null ? lowerFound : found.toLowerCase(Locale.ROOT);
			if (named == null && !beforeKind(word, lowerFound)) {
				continue;
			}
			// read from the passages once, on the first word typed where a place would
			// stand that they hold before a place's kind
			named = named != null ? named : namedPlaces(lowerFound);
			if (named.contains(word)) {
				places.add(word);
			}
		}
		return places;
	}

	/**
	 * The words a pattern's first group names as places in a question, in lower case, but
	 * for words that stand where a name would and are none: "varje kommun", "vad gör
	 * kommunen". A word capitalised inside the question is a name whatever else it can be
	 * ("i Sala kommun"). In English a place is one of Sweden's or a capitalised word
	 * inside the question ("why don't the stats match Region Dalarna's").
	 */
	private void addPlaceNames(Pattern pattern, String question, boolean english, Set<String> names) {
		Matcher place = pattern.matcher(question);
		while (place.find()) {
			String written = place.group(1);
			String name = written.toLowerCase(Locale.ROOT);
			// The kind's genitive "s" may end the place's own name: "västerås kommun"
			// names Västerås, not "Västerå".
			String withS = name + "s";
			if (place.end(1) < question.length() && Character.toLowerCase(question.charAt(place.end(1))) == 's'
					&& this.placeNames.namedAs(withS)) {
				written = question.substring(place.start(1), place.end(1) + 1);
				name = withS;
			}
			if (FUNCTION_WORDS.contains(name) && !this.placeNames.has(name)) {
				continue;
			}
			// "Sala kommun, vad …" names a place even as the question's first word; "Gör
			// kommunen …" does not: a place stands before the word's bare form.
			boolean bareKind = place.groupCount() > 1
					&& INDEFINITE_KINDS.contains(place.group(2).toLowerCase(Locale.ROOT));
			// English capitalises a question's first word and a nationality ("Every
			// municipality", "Which Swedish municipality"): there a word is a place when
			// Sweden's places hold it, or when it stands capitalised inside the question
			// and reads as no adjective.
			if (english) {
				if (this.placeNames.has(name) || Character.isUpperCase(written.charAt(0)) && place.start(1) > 0
						&& !ENGLISH_ADJECTIVE.matcher(name).find()) {
					names.add(name);
				}
				continue;
			}
			boolean capitalised = Character.isUpperCase(written.charAt(0)) && (place.start(1) > 0 || bareKind);
			// Typed in lower case, a word the dictionary knows is a place only when
			// Sweden's places hold it ("sala kommun"), as for a place after "i": "skrev
			// kommunsidor", "hela kommunen", "länets kommuner" name none, and the
			// dictionary holds no names, so a word it lacks may be one.
			if (capitalised || this.placeNames.has(name) || !this.wordClasses.knows(name)) {
				names.add(name);
			}
		}
	}

	/**
	 * Whether the passages (in lower case) hold the word before "kommun", "stad" …, a
	 * superset of where {@link #PLACE} reads it as a place's name: where they do not,
	 * {@link #namedPlaces} cannot name it (reading all their places, the pattern tried at
	 * every character, was most of judging places).
	 */
	private static boolean beforeKind(String word, String found) {
		// Most typed words stand nowhere in the passages: no pattern is compiled for
		// them.
		return found.contains(word) && Pattern
			.compile(Pattern.quote(word) + PLACE_KIND, Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE)
			.matcher(found)
			.find();
	}

	/**
	 * The words the passages found name as places: before "kommun", "stad" …
	 * ("Malung-Sälens kommun", "Borås Stad").
	 */
	private static Set<String> namedPlaces(String lowerFound) {
		Set<String> named = new HashSet<>();
		Matcher place = PLACE.matcher(lowerFound);
		while (place.find()) {
			named.add(place.group(1));
		}
		return named;
	}

}
