package se.fyren.knowledge.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sweden's places by name (its municipalities, counties and provinces, and nearby
 * countries by their Swedish names), in lower case: the analysis keeps them whole
 * ("Hedemora" is no compound of "mora"), and the abstain judgement tells a place the
 * reports never name.
 */
public final class PlaceNameList {

	private static final String RESOURCE = "swedish-places.txt";

	// Read once for the analysis and the abstain judgement alike: the list is shipped in
	// the jar and never changes.
	private static final Set<String> SWEDISH = ShippedWordList.entries(PlaceNameList.class, RESOURCE)
		.stream()
		.map(name -> name.toLowerCase(Locale.ROOT))
		.collect(Collectors.toUnmodifiableSet());

	private PlaceNameList() {
	}

	public static Set<String> swedish() {
		return SWEDISH;
	}

}
