package se.fyren.knowledge.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sweden's places by name (its municipalities, counties and provinces, and nearby
 * countries by their Swedish names), in lower case: the analysis keeps them whole
 * ("Hedemora" is no compound of "mora"), and the abstain judgement tells a place the
 * reports never name, and a municipality named from a county ("vilken dalakommun" is not
 * answered by "Dalarna").
 */
public final class PlaceNameList {

	private static final String MUNICIPALITIES_RESOURCE = "swedish-municipalities.txt";

	private static final String REGIONS_RESOURCE = "swedish-regions.txt";

	// Read once for the analysis and the abstain judgement alike: the lists are shipped
	// in the jar and never change.
	private static final Set<String> MUNICIPALITIES = read(MUNICIPALITIES_RESOURCE);

	private static final Set<String> SWEDISH = Stream.concat(MUNICIPALITIES.stream(), read(REGIONS_RESOURCE).stream())
		.collect(Collectors.toUnmodifiableSet());

	private PlaceNameList() {
	}

	/** Every place by name. */
	public static Set<String> swedish() {
		return SWEDISH;
	}

	/** The municipalities by name (Gotland and Uppsala are counties too). */
	public static Set<String> municipalities() {
		return MUNICIPALITIES;
	}

	private static Set<String> read(String resource) {
		return ShippedWordList.entries(PlaceNameList.class, resource)
			.stream()
			.map(name -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

}
